package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.api.AllergyList;
import org.openepr.medicines.api.DischargeMedicines;
import org.openepr.medicines.api.MedicinesForDischarge;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyKind;
import org.openepr.medicines.domain.allergies.AllergyStatus;
import org.openepr.medicines.domain.orders.ChangesDuringStay;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.medicines.domain.orders.Verification;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Medicines and allergies for a discharge summary ({@link ChangesDuringStay} decides what changed), audited as every
 * other read of them, saying it was for a discharge summary.
 */
@UseCase
@ReadsOnly
@Access(module = MedicinesModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class MedicinesAtDischarge implements MedicinesForDischarge {

    @Inject
    OrderRepository orders;

    @Inject
    AllergyRecords allergies;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Override
    public DischargeMedicines medicinesFor(UUID patientId, Instant admitted, Instant discharged) {
        patients.require(patientId);
        List<MedicationOrder> all = orders.forPatient(patientId);
        Map<UUID, List<OrderVersion>> versions = orders.versionsOf(all.stream().map(MedicationOrder::id).toList());
        var stay = ChangesDuringStay.of(all, versions, admitted, discharged);
        var onDischarge = stay.onDischarge().stream().map(c -> new DischargeMedicines.MedicineOnDischarge(c.order().id(), c.version().productName(),
                c.version().prescription().doseAndFrequency(), c.version().prescription().indication(), c.order().status().label(),
                c.version().verification().label(), c.version().verification() == Verification.VERIFIED
                        || c.version().verification() == Verification.CARRIED_OVER, kind(c.change()))).toList();
        var changes = stay.changes().stream().map(c -> new DischargeMedicines.MedicineChange(c.order().id(), kind(c.kind()),
                (c.after() != null ? c.after() : c.before()).productName(), describe(c.before()), describe(c.after()), c.reason(), c.at())).toList();
        audit.record(MedicinesAudit.MEDICINES_VIEWED, null, patientId, "discharge summary: " + onDischarge.size() + " on discharge, "
                + changes.size() + " change(s) during the stay");
        return new DischargeMedicines(onDischarge, changes);
    }

    @Override
    public AllergyList allergiesOf(UUID patientId) {
        patients.require(patientId);
        Allergies.AllergyRecord record = allergies.of(patientId);
        List<AllergyList.Allergy> active = record.active().stream().filter(e -> e.kind() != AllergyKind.NO_KNOWN_ALLERGIES).map(MedicinesAtDischarge::allergy).toList();
        audit.record(MedicinesAudit.ALLERGIES_VIEWED, null, patientId, "discharge summary: " + record.status().label());
        return new AllergyList(record.status().label(), record.status() != AllergyStatus.NOT_RECORDED, active);
    }

    private static AllergyList.Allergy allergy(AllergyEntry e) {
        return new AllergyList.Allergy(e.description(), e.reactionType().label(), e.reaction(), e.severity() == null ? null : e.severity().label(),
                e.certainty() == null ? null : e.certainty().label(), e.onset());
    }

    /** "Sertraline 50mg tablets 100 mg once a day": the medicine too, since a change may be of the medicine itself. */
    private static String describe(OrderVersion v) {
        return v == null ? null : v.productName() + " " + v.prescription().doseAndFrequency();
    }

    private static DischargeMedicines.ChangeKind kind(ChangesDuringStay.Kind kind) {
        return kind == null ? null : DischargeMedicines.ChangeKind.valueOf(kind.name());
    }
}
