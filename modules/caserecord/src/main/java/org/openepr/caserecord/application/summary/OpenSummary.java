package org.openepr.caserecord.application.summary;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Opens (or prints) a patient's case record summary: who the patient is, for the banner, and one audit line for the
 * opening. The panels load apart, each through its own module's use case. Clinical staff only: a booking clerk sees
 * no clinical content, the hosting operator no patient at all.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class OpenSummary {

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The patient the summary is of, their age today, and when it was opened. */
    public record Opened(PatientSummary patient, int age, Instant at) {
    }

    public Opened open(UUID patientId) {
        return opened(patientId, SummaryAudit.SUMMARY_VIEWED, "case record summary");
    }

    public Opened print(UUID patientId) {
        return opened(patientId, SummaryAudit.SUMMARY_PRINTED, "case record summary, printed");
    }

    private Opened opened(UUID patientId, SummaryAudit action, String detail) {
        PatientSummary patient = patients.find(patientId).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.record(action, patientId, patientId, detail);
        Instant at = clock.instant();
        return new Opened(patient, Period.between(patient.birthDate(), LocalDate.ofInstant(at, clock.getZone())).getYears(), at);
    }
}
