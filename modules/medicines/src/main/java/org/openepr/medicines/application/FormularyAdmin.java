package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.formulary.Formulary;
import org.openepr.medicines.domain.formulary.FormularyEntry;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustSettings;

/** The trust admin keeps the formulary: which medicines the trust allows, restrictions, local maximum doses. */
@UseCase
@Access(module = MedicinesModule.NAME, roles = Roles.TRUST_ADMIN)
public class FormularyAdmin {

    @Inject
    StaffDirectory staff;

    @Inject
    Formulary formulary;

    @Inject
    LiveKnowledgeBase knowledge;

    @Inject
    TrustSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** A formulary line with the product's name from the live knowledge base. */
    public record Line(FormularyEntry entry, String name, String doseUnit) {
        public String localMaximumText() {
            return entry.localMaximum().map(m -> m.stripTrailingZeros().toPlainString() + " " + doseUnit).orElse("");
        }
    }

    public List<Line> entries() {
        KnowledgeBase kb = kb();
        return formulary.entries().stream().map(e -> {
            var p = kb.product(new ProductId(e.productId()));
            return new Line(e, p.map(Product::name).orElse(e.productId() + " (not in the live knowledge base)"), p.map(Product::doseUnit).orElse(""));
        }).toList();
    }

    /** Adds a product, or changes its restriction and local maximum. */
    public void allow(String productId, String restrictionText, String localMaximumText) {
        KnowledgeBase kb = kb();
        InputCheck check = new InputCheck();
        Product product = check.field("medicine", () -> ProductId.isWellFormed(productId) ? kb.product(new ProductId(productId))
                .orElseThrow(() -> new IllegalArgumentException("Medicine is not in the medicines dictionary"))
                : fail("Medicine is required: choose one from the list"));
        String restriction = check.field("restriction", () -> InputCheck.text("Restriction", restrictionText, 200, false));
        BigDecimal localMaximum = check.field("localMaximum", () -> maximum(localMaximumText));
        check.throwIfAny();
        String by = trust.caller().userId();
        formulary.entry(productId).ifPresentOrElse(e -> e.change(restriction, localMaximum, by, clock.instant()),
                () -> formulary.add(new FormularyEntry(productId, restriction, localMaximum, by, clock.instant())));
        audit.record(MedicinesAudit.FORMULARY_CHANGED, productId, null, product.name() + (restriction == null ? "" : "; " + restriction)
                + (localMaximum == null ? "" : "; local maximum " + localMaximum.toPlainString() + " " + product.doseUnit()));
    }

    public void remove(String productId, int versionSeen) {
        FormularyEntry entry = formulary.entry(productId).filter(FormularyEntry::isListed)
                .orElseThrow(() -> new RecordNotFoundException("formulary entry"));
        if (entry.version() != versionSeen) {
            throw new StaleEditException("This entry was changed by " + staff.nameOf(entry.changedBy()) + " after you opened it: nothing was removed");
        }
        entry.withdraw(trust.caller().userId(), clock.instant());
        audit.record(MedicinesAudit.FORMULARY_CHANGED, productId, null, "removed from the formulary");
    }

    /** How old the knowledge base may be before screening says NOT CHECKED (days). */
    public void allowKnowledgeBaseAge(String daysText) {
        settings.decide(MedicinesModule.NAME, ScreeningContext.MAX_KB_AGE_DAYS, String.valueOf(knowledgeBaseAge(daysText)));
    }

    /** The maximum age as typed (or stored): whole days from 30 to 1,000. */
    static int knowledgeBaseAge(String daysText) {
        int days;
        try {
            days = Integer.parseInt(daysText == null ? "" : daysText.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("maxAge", "Maximum age must be a whole number of days");
        }
        if (days < 30 || days > 1000) {
            throw new InvalidInputException("maxAge", "Maximum age must be between 30 and 1000 days");
        }
        return days;
    }

    private KnowledgeBase kb() {
        return knowledge.current().orElseThrow(() -> new InvalidInputException("medicine", "No medicines knowledge base is loaded"));
    }

    private static Product fail(String message) {
        throw new IllegalArgumentException(message);
    }

    private static BigDecimal maximum(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() <= 0 || value.compareTo(new BigDecimal("100000")) > 0) {
                throw new IllegalArgumentException("Local maximum must be more than 0 and a possible dose");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Local maximum must be a number");
        }
    }
}
