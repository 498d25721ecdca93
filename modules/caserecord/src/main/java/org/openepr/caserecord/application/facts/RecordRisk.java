package org.openepr.caserecord.application.facts;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.caserecord.domain.risks.RiskCategory;
import org.openepr.caserecord.domain.risks.RiskSeverity;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/** Records an alert or risk: category, severity, details, and when it must be reviewed (today to a year ahead). */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class RecordRisk {

    @Inject
    RiskAlertRepository alerts;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public record RiskForm(String category, String severity, String details, String reviewDate) {
    }

    /** What a create made, or found already made by the same submission (then nothing new was recorded). */
    public record Recorded(RiskAlert alert, boolean created) {
    }

    public RiskAlert record(UUID patientId, RiskForm form) {
        return record(null, patientId, form).alert();
    }

    /**
     * @param submissionId the API client's id for this create, or null (a screen): the same id sent again answers with
     *                     the alert the first one recorded, and records nothing
     */
    public Recorded record(UUID submissionId, UUID patientId, RiskForm form) {
        if (submissionId != null) {
            var earlier = alerts.findBySubmission(submissionId);
            if (earlier.isPresent()) {
                return new Recorded(earlier.get(), false);
            }
        }
        patients.require(patientId);
        InputCheck check = new InputCheck();
        RiskCategory category = check.field("category", () -> FormInput.choice(RiskCategory.class, "Category", form.category(), true));
        RiskSeverity severity = check.field("severity", () -> FormInput.choice(RiskSeverity.class, "Severity", form.severity(), true));
        String details = check.field("details", () -> InputCheck.text("Details", form.details(), 2000, true));
        LocalDate review = check.field("reviewDate", () -> FormInput.date("Review date", form.reviewDate(), true));
        check.throwIfAny();
        Instant now = clock.instant();
        RiskAlert alert = RiskAlert.record(patientId, category, severity, details, review, trust.caller().userId(), now,
                LocalDate.ofInstant(now, UkDates.UK));
        alert.submittedAs(submissionId);
        Failures.once(() -> {
            alerts.add(alert);
            alerts.flush();
        }, RiskAlert.ONE_PER_SUBMISSION, "submission", "This create was sent twice at the same moment: it is recorded once; send it again for its answer");
        audit.record(ClinicalFactsAudit.RISK_RECORDED, alert.id(), patientId, category.label() + ", " + severity.label() + ", review "
                + UkDates.date(review));
        return new Recorded(alert, true);
    }
}
