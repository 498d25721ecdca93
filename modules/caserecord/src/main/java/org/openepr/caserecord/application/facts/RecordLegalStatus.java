package org.openepr.caserecord.application.facts;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.caserecord.domain.legal.MentalHealthActSection;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * Records a new legal status (a section, a CTO, informal...) from its start; the current one, if any, ends when the
 * new one starts (section 2 followed by section 3 is one step), so there is one current status and the history is kept.
 */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class RecordLegalStatus {

    @Inject
    LegalStatusRepository statuses;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** As typed: the section's name (SECTION_3), the start date DD/MM/YYYY and an optional start time HH:MM. */
    public record LegalStatusForm(String section, String startDate, String startTime) {
    }

    public LegalStatus record(UUID patientId, LegalStatusForm form) {
        patients.require(patientId);
        InputCheck check = new InputCheck();
        MentalHealthActSection section = check.field("section", () -> FormInput.choice(MentalHealthActSection.class, "Legal status", form.section(), true));
        Instant start = check.field("start", () -> FormInput.dateTime("Start", form.startDate(), form.startTime()));
        check.throwIfAny();
        String by = trust.caller().userId();
        Instant now = clock.instant();
        LegalStatus next = LegalStatus.begin(patientId, section, start, by, now);
        statuses.current(patientId).ifPresent(previous -> {
            if (start.isBefore(previous.startedAt())) {
                throw new RuleRefusedException("start", "Start cannot be before the current status began ("
                        + previous.section().label() + " from " + UkDates.dateTime(previous.startedAt()) + ")");
            }
            previous.end(start, "Replaced by " + section.label(), by, now);
            audit.record(ClinicalFactsAudit.LEGAL_STATUS_ENDED, previous.id(), patientId, previous.section().label() + ": replaced by " + section.label());
            statuses.flush();
        });
        statuses.add(next);
        audit.record(ClinicalFactsAudit.LEGAL_STATUS_RECORDED, next.id(), patientId, section.label() + " from " + UkDates.dateTime(start)
                + (next.expiresAt() == null ? "" : ", until " + UkDates.dateTime(next.expiresAt())));
        return next;
    }
}
