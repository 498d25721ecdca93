package org.openepr.caserecord.application.observations;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.ObservationRepository;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.observations.VitalSignsForm;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * A clinician records a set of vital signs taken together: any of weight, height, blood pressure, pulse, temperature
 * and oxygen saturation. Every field is checked before anything is stored, so a set is saved whole or not at all.
 * A weight brings a body mass index, from the height in the same set or the latest height on record.
 */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class RecordObservations {

    @Inject
    ObservationRepository observations;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public List<Observation> record(UUID patientId, VitalSignsForm form) {
        patients.require(patientId);
        VitalSignsForm.Checked set = form.check(clock);
        var recording = new Observation.Recording(patientId, UUID.randomUUID(), set.takenAt(), trust.caller().userId(), clock.instant());
        List<Observation> made = new ArrayList<>();
        Observation weight = null;
        Observation height = null;
        for (Map.Entry<VitalSign, BigDecimal> e : set.values().entrySet()) {
            Observation o = Observation.measured(recording, e.getKey(), e.getValue());
            made.add(o);
            weight = e.getKey() == VitalSign.BODY_WEIGHT ? o : weight;
            height = e.getKey() == VitalSign.BODY_HEIGHT ? o : height;
        }
        if (set.bloodPressure() != null) {
            made.add(Observation.bloodPressure(recording, set.bloodPressure()));
        }
        if (weight != null) {
            Optional<Observation> h = height != null ? Optional.of(height) : observations.latest(patientId, VitalSign.BODY_HEIGHT);
            final Observation w = weight;
            h.ifPresent(hh -> made.add(Observation.bodyMassIndex(recording, w, hh)));
        }
        made.forEach(observations::add);
        audit.record(ObservationsAudit.OBSERVATIONS_RECORDED, recording.setId(), patientId,
                made.stream().map(o -> o.kind().label() + " " + o.display()).collect(Collectors.joining(", ")));
        return made;
    }
}
