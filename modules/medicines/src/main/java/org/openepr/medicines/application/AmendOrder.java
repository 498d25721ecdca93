package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.orders.OrderQuery;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderRuleException;
import org.openepr.medicines.domain.orders.Prescribing;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.orders.PrescriptionForm;
import org.openepr.medicines.domain.screening.ScreeningResult;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The prescriber changes an order (a new version, screened again) or answers a pharmacist's query about it.
 */
@UseCase
@Access(module = MedicinesModule.NAME, roles = Roles.PRESCRIBER)
public class AmendOrder {

    @Inject
    OrderRepository orders;

    @Inject
    OrderAccess access;

    @Inject
    ScreeningContext screening;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public OrderView amend(UUID orderId, int versionSeen, PrescriptionForm form, String overrideReasonText) {
        var locked = access.lock(orderId, versionSeen);
        KnowledgeBase kb = screening.knowledgeBase().orElseThrow(() -> new InvalidInputException("medicine",
                "No medicines knowledge base is loaded: medicines cannot be chosen. Tell the service desk."));
        InputCheck check = new InputCheck();
        String reason = check.field("overrideReason", () -> InputCheck.text("Reason", overrideReasonText, 500, false));
        Prescription p = null;
        try {
            p = form.check(kb, LocalDate.now(clock));
        } catch (InvalidInputException e) {
            e.problems().forEach(pr -> check.problem(pr.field(), pr.message()));
        }
        check.throwIfAny();
        ScreeningResult result = screening.screen(locked.order().patientId(), p, Optional.of(orderId));
        if (result.needsReason() && reason == null) {
            throw new ScreeningNeedsReasonException(result);
        }
        Product product = kb.product(p.product()).orElseThrow();
        Optional<OrderQuery> open = orders.queries(orderId).stream().filter(OrderQuery::isOpen).findFirst();
        try {
            var next = locked.order().amend(locked.current(), p, product.name(), kb.substanceOf(product).highRisk(),
                    new Prescribing(trust.caller().userId(), clock.instant(), ScreeningRecord.write(result),
                            result.version().map(v -> v.describe()).orElse(null), result.needsReason() ? reason : null), open);
            orders.add(next);
            orders.flush();
            audit.record(MedicinesAudit.ORDER_AMENDED, orderId, locked.order().patientId(), "version " + next.number() + ": " + product.name()
                    + " " + p.doseAndFrequency() + "; " + next.verification().label() + "; screening: " + result.headline());
            return OrderView.of(locked.order(), next);
        } catch (OrderRuleException e) {
            throw access.refused(e);
        }
    }

    public OrderView answerQuery(UUID orderId, int versionSeen, String answerText) {
        String answer = InputCheckOf.required("answer", "Answer", answerText, 1000);
        var locked = access.lock(orderId, versionSeen);
        OrderQuery open = orders.queries(orderId).stream().filter(OrderQuery::isOpen).findFirst()
                .orElseThrow(() -> new InvalidInputException("answer", "This order has no open query to answer"));
        try {
            locked.order().answer(open, trust.caller().userId(), clock.instant(), answer);
        } catch (OrderRuleException e) {
            throw access.refused(e);
        }
        orders.flush();
        audit.record(MedicinesAudit.QUERY_ANSWERED, orderId, locked.order().patientId(), answer);
        return OrderView.of(locked.order(), locked.current());
    }
}
