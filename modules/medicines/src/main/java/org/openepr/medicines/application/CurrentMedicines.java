package org.openepr.medicines.application;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.summary.Snapshot;

/**
 * The patient's current medicines for the case record summary, each with where it stands with pharmacy: at most
 * {@link #SHOWN}, newest first, read in one bounded query so the summary costs the same for 3 orders or 300.
 */
@UseCase
@ReadsOnly
@Access(module = MedicinesModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class CurrentMedicines {

    /** As many as a summary shows; the full list is on the patient's page. */
    public static final int SHOWN = 20;

    @Inject
    OrderRepository orders;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Current orders, and whether there are more than were read; {@code asOf} is when the query ran. */
    public record Listed(List<OrderView> orders, boolean more, Instant asOf) implements Snapshot {
    }

    public Listed of(UUID patientId) {
        patients.require(patientId);
        Instant asOf = clock.instant();
        List<OrderView> read = orders.currentForPatient(patientId, SHOWN + 1).stream().map(c -> OrderView.of(c.order(), c.version())).toList();
        boolean more = read.size() > SHOWN;
        List<OrderView> shown = more ? read.subList(0, SHOWN) : read;
        audit.record(MedicinesAudit.MEDICINES_VIEWED, null, patientId, "case record summary: " + shown.size() + " current order(s)" + (more ? " and more" : ""));
        return new Listed(List.copyOf(shown), more, asOf);
    }
}
