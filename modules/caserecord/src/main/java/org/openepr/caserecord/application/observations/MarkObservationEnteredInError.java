package org.openepr.caserecord.application.observations;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.ObservationRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * A wrong figure is marked entered in error with a reason, never deleted: it leaves the charts and the latest values
 * but stays readable. A body mass index derived from it goes with it.
 */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class MarkObservationEnteredInError {

    @Inject
    ObservationRepository observations;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** @return the observations marked: this one and any BMI derived from it */
    public List<Observation> mark(UUID observationId, int versionSeen, String reasonText) {
        InputCheck check = new InputCheck();
        String reason = check.field("reason", () -> InputCheck.text("Reason", reasonText, 200, true));
        check.throwIfAny();
        Observation o = observations.find(observationId).orElseThrow(() -> new RecordNotFoundException("observation"));
        if (o.version() != versionSeen || o.isEnteredInError()) {
            throw new StaleEditException("This observation was changed after you opened it" + (o.isEnteredInError()
                    ? " (marked entered in error by " + o.enteredInErrorBy() + ")" : "") + ": nothing was saved");
        }
        String by = trust.caller().userId();
        var now = clock.instant();
        o.enteredInError(by, now, reason);
        List<Observation> derived = observations.derivedFrom(o).stream().filter(d -> !d.isEnteredInError()).toList();
        derived.forEach(d -> d.enteredInError(by, now, "Derived from " + o.kind().label() + " " + o.display() + ", entered in error: " + reason));
        audit.record(ObservationsAudit.OBSERVATION_ENTERED_IN_ERROR, o.id(), o.patientId(), o.kind().label() + " " + o.display() + ": " + reason
                + (derived.isEmpty() ? "" : " (and the BMI derived from it)"));
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(o), derived.stream()).toList();
    }
}
