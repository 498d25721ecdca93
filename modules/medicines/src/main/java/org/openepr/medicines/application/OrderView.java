package org.openepr.medicines.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.orders.Verification;
import org.openepr.medicines.domain.screening.ScreeningResult;

/** An order as screens and the API show it: its current version, where it stands with pharmacy, and its screening. */
public record OrderView(UUID id, UUID patientId, String service, OrderStatus status, boolean highRisk, int version, int lockVersion,
                        String productId, String productName, String routeCode, Prescription prescription, String prescribedBy,
                        Instant prescribedAt, Verification verification, String verifiedBy, Instant verifiedAt, String verificationNote,
                        ScreeningResult screening, String overrideReason, Instant awaitingSince, Instant stoppedAt, String stoppedBy,
                        String stopReason) {

    static OrderView of(MedicationOrder o, OrderVersion v) {
        Prescription p = v.prescription();
        return new OrderView(o.id(), o.patientId(), o.service(), o.status(), o.highRisk(), v.number(), o.version(), p.product().value(),
                v.productName(), p.routeCode(), p, v.prescribedBy(), v.prescribedAt(), v.verification(), v.verifiedBy(), v.verifiedAt(),
                v.verificationNote(), ScreeningRecord.read(v.screening()), v.overrideReason(), o.awaitingSince(), o.stoppedAt(), o.stoppedBy(),
                o.stopReason());
    }

    public String doseAndFrequency() {
        return prescription.doseAndFrequency();
    }

    public String indication() {
        return prescription.indication();
    }

    public String notes() {
        return prescription.notes();
    }

    public LocalDate start() {
        return prescription.start();
    }

    public LocalDate end() {
        return prescription.end();
    }

    public boolean isCurrent() {
        return status.isCurrent();
    }
}
