package org.openepr.caserecord.interfaces.fhir;

import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.openepr.caserecord.application.facts.RecordRisk;
import org.openepr.caserecord.domain.risks.RiskCategory;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.time.UkDates;

/**
 * What a client sends in a Flag to record an alert or risk, as the form a clinician fills in: the category (a code of
 * {@value ClinicalFactsFhirMapper#RISK_CATEGORY}), the severity and review date (our extensions, as the API returns
 * them), and the details in words ({@code code.text}). A new alert is active: anything else is refused (422).
 */
final class FlagFromFhir {

    /** Where each field of RecordRisk lives in a Flag, for OperationOutcome expressions. */
    static final Map<String, String> FHIR_PATHS = Map.of(
            "category", "Flag.category",
            "severity", "Flag.extension('" + ClinicalFactsFhirMapper.RISK_SEVERITY + "')",
            "details", "Flag.code.text",
            "reviewDate", "Flag.extension('" + ClinicalFactsFhirMapper.RISK_REVIEW_DATE + "')",
            "patient", "Flag.subject",
            "submission", "Flag.identifier");

    private FlagFromFhir() {
    }

    static Flag required(Flag body) {
        if (body == null) {
            throw new InvalidInputException("Flag", "A Flag resource is required in the body");
        }
        return body;
    }

    static UUID patient(Flag f) {
        return SearchParams.requiredReference(FHIR_PATHS.get("patient"), f.getSubject().getReference(), "Patient");
    }

    static RecordRisk.RiskForm form(Flag f) {
        if (f.hasStatus() && f.getStatus() != Flag.FlagStatus.ACTIVE) {
            throw new RuleRefusedException("Flag.status", "A new alert is active; end it on the alerts page, with a reason, when it no longer applies");
        }
        return new RecordRisk.RiskForm(category(f), severity(f), f.getCode().getText(), reviewDate(f));
    }

    /** The category code (risk-to-self...) as the form's choice; absent is left to the use case ("Category is required"). */
    private static String category(Flag f) {
        for (var concept : f.getCategory()) {
            for (Coding c : concept.getCoding()) {
                if (ClinicalFactsFhirMapper.RISK_CATEGORY.equals(c.getSystem())) {
                    return RiskCategory.ofCode(c.getCode()).orElseThrow(() -> unknownCategory()).name();
                }
            }
        }
        if (f.hasCategory()) {
            throw unknownCategory();
        }
        return null;
    }

    private static InvalidInputException unknownCategory() {
        return new InvalidInputException(FHIR_PATHS.get("category"), "Category is a code of " + ClinicalFactsFhirMapper.RISK_CATEGORY
                + ": risk-to-self, risk-to-others, risk-from-others, safeguarding or other-alert");
    }

    private static String severity(Flag f) {
        Extension e = f.getExtensionByUrl(ClinicalFactsFhirMapper.RISK_SEVERITY);
        if (e == null) {
            return null;
        }
        if (!(e.getValue() instanceof Coding c) || !c.hasCode() || c.hasSystem() && !ClinicalFactsFhirMapper.RISK_SEVERITY_CODES.equals(c.getSystem())
                || !c.getCode().matches("low|medium|high")) {
            throw new InvalidInputException(FHIR_PATHS.get("severity"), "Severity is a valueCoding of " + ClinicalFactsFhirMapper.RISK_SEVERITY_CODES
                    + ": low, medium or high");
        }
        return c.getCode();
    }

    private static String reviewDate(Flag f) {
        Extension e = f.getExtensionByUrl(ClinicalFactsFhirMapper.RISK_REVIEW_DATE);
        if (e == null) {
            return null;
        }
        if (!(e.getValue() instanceof DateType d) || d.getValue() == null
                || d.getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
            throw new InvalidInputException(FHIR_PATHS.get("reviewDate"), "The review date is a valueDate, a day (YYYY-MM-DD)");
        }
        return UkDates.typed(java.time.LocalDate.parse(d.getValueAsString()));
    }
}
