package org.openepr.discharge.application.sending;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.discharge.domain.sending.HandledHow;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * The manual-handling list: signed summaries that MESH cannot carry (no registered GP practice) or that failed, until
 * somebody records how they got to their reader. Any member of the trust's staff may see it and record it.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
public class ManualHandling {

    public static final int LISTED = 100;
    static final int NOTE_MAX = 500;

    @Inject
    DispatchRepository dispatches;

    @Inject
    PatientDirectory patients;

    @Inject
    StaffDirectory staff;

    @Inject
    TrustContext trust;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One summary waiting for a hand, as the list shows it (the patient's name and number blank if not shown to the caller). */
    public record Waiting(UUID dispatchId, int rowVersion, UUID summaryId, int summaryVersion, UUID patientId, String patientName,
            String nhsNumber, String gpPractice, SummaryState state, String why, String signedBy, Instant queuedAt) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Waiting of(Dispatch d, PatientSummary p) {
            return new Waiting(d.id(), d.rowVersion(), d.summaryId(), d.summaryVersion(), d.patientId(), p == null ? "" : p.displayName(),
                    p == null ? "" : p.nhsNumberFormatted(), d.gpPractice(), d.state(), d.explanation(), d.signedBy(), d.queuedAt());
        }
    }

    @ReadsOnly
    public List<Waiting> waiting() {
        List<Dispatch> found = dispatches.awaitingHandling(LISTED);
        Set<UUID> ids = new HashSet<>();
        found.forEach(d -> ids.add(d.patientId()));
        Map<UUID, PatientSummary> byId = PatientsShown.of(ids, patients, trust);
        audit.record(SendingAudit.OUTBOX_VIEWED, null, null, "manual-handling list, " + found.size() + " shown");
        return found.stream().map(d -> Waiting.of(d, byId.get(d.patientId()))).toList();
    }

    /** Records how it was handled; {@code seenVersion} is the row's version the user saw (someone else may have recorded it first). */
    public void record(UUID dispatchId, int seenVersion, String how, String note) {
        InputCheck check = new InputCheck();
        HandledHow handled = check.field("how", () -> {
            if (how == null || how.isBlank()) {
                throw new IllegalArgumentException("Choose how it was handled");
            }
            try {
                return HandledHow.valueOf(how);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Choose how it was handled");
            }
        });
        String text = check.field("note", () -> InputCheck.text("Note", note, NOTE_MAX, handled == HandledHow.OTHER));
        check.throwIfAny();
        Dispatch d = dispatches.find(dispatchId).orElseThrow(() -> new RecordNotFoundException("summary dispatch"));
        if (d.rowVersion() != seenVersion) {
            throw new StaleEditException(d.handledBy() == null ? "This summary changed while you were looking: look again"
                    : "Already recorded by " + staff.nameOf(d.handledBy()) + " at " + UkDates.dayTime(d.handledAt()));
        }
        d.handledByHand(handled, text, trust.caller().userId(), clock.instant());
        audit.record(SendingAudit.SUMMARY_HANDLED_BY_HAND, d.id(), d.patientId(), handled.label() + (text == null ? "" : ": " + text));
    }
}
