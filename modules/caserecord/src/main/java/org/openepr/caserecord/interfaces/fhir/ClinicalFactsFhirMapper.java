package org.openepr.caserecord.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemKind;
import org.openepr.caserecord.domain.problems.ProblemStatus;
import org.openepr.caserecord.domain.risks.RiskAlert;

/**
 * Problems and diagnoses as UK Core Conditions (problem-list-item for a problem, encounter-diagnosis for a
 * diagnosis; SNOMED CT, ICD-10 or our local code system, or text only), alerts and risks as UK Core Flags (our risk
 * category code, severity and review date as extensions of ours).
 */
@ApplicationScoped
public class ClinicalFactsFhirMapper {

    static final String PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    static final String OURS = "https://openepr.org/fhir/";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    /** True on the patient's one primary diagnosis. */
    public static final String PRIMARY_DIAGNOSIS = OURS + "StructureDefinition/primary-diagnosis";
    /** risk-to-self, risk-to-others, risk-from-others, safeguarding, other-alert. */
    public static final String RISK_CATEGORY = OURS + "CodeSystem/risk-category";
    public static final String RISK_SEVERITY = OURS + "StructureDefinition/risk-severity";
    public static final String RISK_SEVERITY_CODES = OURS + "CodeSystem/risk-severity";
    public static final String RISK_REVIEW_DATE = OURS + "StructureDefinition/risk-review-date";

    public static String categoryCode(ProblemKind kind) {
        return kind == ProblemKind.DIAGNOSIS ? "encounter-diagnosis" : "problem-list-item";
    }

    public Condition condition(Problem p) {
        Condition c = new Condition();
        c.setId(p.id().toString());
        c.getMeta().addProfile(PROFILE + "Condition").setVersionId(Integer.toString(p.version()));
        if (p.status() == ProblemStatus.ENTERED_IN_ERROR) {
            // FHIR: an entry entered in error has no clinical status
            c.setVerificationStatus(new CodeableConcept(new Coding(CONDITION_VERIFICATION, "entered-in-error", "Entered in Error")));
        } else {
            boolean active = p.status() == ProblemStatus.ACTIVE;
            c.setClinicalStatus(new CodeableConcept(new Coding(CONDITION_CLINICAL, active ? "active" : "resolved", active ? "Active" : "Resolved")));
            c.setVerificationStatus(new CodeableConcept(new Coding(CONDITION_VERIFICATION, "confirmed", "Confirmed")));
        }
        String category = categoryCode(p.kind());
        c.addCategory(new CodeableConcept(new Coding(CONDITION_CATEGORY, category,
                p.kind() == ProblemKind.DIAGNOSIS ? "Encounter Diagnosis" : "Problem List Item")));
        CodeableConcept code = new CodeableConcept().setText(p.term());
        if (p.isCoded()) {
            code.addCoding(new Coding(p.codeSystem().uri(), p.code(), p.term()));
        }
        c.setCode(code);
        c.setSubject(new Reference("Patient/" + p.patientId()));
        if (p.onset() != null) {
            c.setOnset(new DateTimeType(p.onset().toString()));
        }
        if (p.resolvedOn() != null) {
            c.setAbatement(new DateTimeType(p.resolvedOn().toString()));
        }
        c.setRecordedDateElement(dateTime(p.recordedAt()));
        c.setRecorder(new Reference().setDisplay(p.recordedBy()));
        if (p.kind() == ProblemKind.DIAGNOSIS) {
            c.addExtension(new Extension(PRIMARY_DIAGNOSIS, new BooleanType(p.isPrimaryDiagnosis())));
        }
        if (p.comment() != null) {
            c.addNote().setText(p.comment());
        }
        return c;
    }

    public Flag flag(RiskAlert a, LocalDate today) {
        Flag f = new Flag();
        f.setId(a.id().toString());
        f.getMeta().addProfile(PROFILE + "Flag").setVersionId(Integer.toString(a.version()));
        f.setStatus(a.isActive() ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
        Coding category = new Coding(RISK_CATEGORY, a.category().code(), a.category().label());
        f.addCategory(new CodeableConcept(category));
        f.setCode(new CodeableConcept(category.copy()).setText(a.category().label() + " (" + a.severity().label().toLowerCase() + "): " + a.details()));
        f.setSubject(new Reference("Patient/" + a.patientId()));
        Period period = new Period().setStartElement(dateTime(a.recordedAt()));
        if (a.endedAt() != null) {
            period.setEndElement(dateTime(a.endedAt()));
        }
        f.setPeriod(period);
        f.setAuthor(new Reference().setDisplay(a.recordedBy()));
        f.addExtension(new Extension(RISK_SEVERITY, new Coding(RISK_SEVERITY_CODES, a.severity().name().toLowerCase(), a.severity().label())));
        f.addExtension(new Extension(RISK_REVIEW_DATE, new DateType(a.reviewDate().toString())));
        return f;
    }

    private static DateTimeType dateTime(Instant at) {
        return org.openepr.platform.fhir.FhirSupport.ukDateTime(at);
    }
}
