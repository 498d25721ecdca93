package org.openepr.medicines.application;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.Prescribing;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.orders.PrescriptionForm;
import org.openepr.medicines.domain.screening.ScreeningResult;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * A prescriber writes a medication order: checked field by field, screened against the live knowledge base and the
 * patient, and saved awaiting verification. A serious or contraindicated finding (or no check at all) needs a reason,
 * which the pharmacist sees. A repeated submission (same submission id) answers with the order it already made.
 */
@UseCase
@Access(module = MedicinesModule.NAME, roles = Roles.PRESCRIBER)
public class Prescribe {

    @Inject
    OrderRepository orders;

    @Inject
    ScreeningContext screening;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** What the order was, and whether this call made it. */
    public record Prescribed(OrderView order, boolean created) {
    }

    /** The findings before anything is saved, so the prescriber sees them on the form. */
    @ReadsOnly
    public ScreeningResult preview(UUID patientId, PrescriptionForm form) {
        patients.require(patientId);
        Prescription p = form.check(knowledgeBase(), LocalDate.now(clock));
        ScreeningResult result = screening.screen(patientId, p, Optional.empty());
        audit.record(MedicinesAudit.ORDER_SCREENED, null, patientId, p.product() + ": " + result.headline());
        return result;
    }

    public Prescribed prescribe(UUID submissionId, UUID patientId, String serviceText, PrescriptionForm form, String overrideReasonText) {
        var existing = orders.findBySubmission(submissionId);
        if (existing.isPresent()) {
            var o = existing.get();
            return new Prescribed(OrderView.of(o, orders.version(o.id(), o.currentVersion()).orElseThrow()), false);
        }
        patients.require(patientId);
        KnowledgeBase kb = knowledgeBase();
        InputCheck check = new InputCheck();
        String service = check.field("service", () -> InputCheck.text("Service", serviceText, 80, true));
        String reason = check.field("overrideReason", () -> InputCheck.text("Reason", overrideReasonText, 500, false));
        Prescription p;
        try {
            p = form.check(kb, LocalDate.now(clock));
        } catch (InvalidInputException e) {
            e.problems().forEach(pr -> check.problem(pr.field(), pr.message()));
            p = null;
        }
        check.throwIfAny();
        ScreeningResult result = screening.screen(patientId, p, Optional.empty());
        if (result.needsReason() && reason == null) {
            throw new ScreeningNeedsReasonException(result);
        }
        Product product = kb.product(p.product()).orElseThrow();
        var made = MedicationOrder.prescribe(submissionId, patientId, service, kb.substanceOf(product).highRisk(), p, product.name(),
                new Prescribing(trust.caller().userId(), clock.instant(), ScreeningRecord.write(result),
                        result.version().map(v -> v.describe()).orElse(null), result.needsReason() ? reason : null));
        orders.add(made.order());
        orders.add(made.first());
        orders.flush();
        audit.record(MedicinesAudit.ORDER_PRESCRIBED, made.order().id(), patientId, product.name() + " " + p.doseAndFrequency()
                + "; screening: " + result.headline() + (result.needsReason() ? "; override: " + reason : ""));
        return new Prescribed(OrderView.of(made.order(), made.first()), true);
    }

    private KnowledgeBase knowledgeBase() {
        return screening.knowledgeBase().orElseThrow(() -> new InvalidInputException("medicine",
                "No medicines knowledge base is loaded: medicines cannot be chosen. Tell the service desk."));
    }
}
