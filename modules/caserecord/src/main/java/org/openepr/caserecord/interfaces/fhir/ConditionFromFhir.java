package org.openepr.caserecord.interfaces.fhir;

import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.openepr.caserecord.application.facts.RecordProblem;
import org.openepr.caserecord.domain.problems.CodeSystem;
import org.openepr.caserecord.domain.problems.ProblemCode;
import org.openepr.caserecord.domain.problems.ProblemCodes;
import org.openepr.caserecord.domain.problems.ProblemKind;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.time.UkDates;

/**
 * What a client sends in a Condition to record a problem or diagnosis, as the problem form a clinician fills in: a
 * code from the shipped list (SNOMED CT, ICD-10 or local) or the problem in words ({@code code.text} alone), the
 * category (for words; a code decides its own), the onset day, whether it is the primary diagnosis, a note.
 * A new entry is active and confirmed: anything else is refused (422), not recorded as something it is not.
 */
final class ConditionFromFhir {

    /** Where each field of RecordProblem lives in a Condition, for OperationOutcome expressions. */
    static final Map<String, String> FHIR_PATHS = Map.of(
            "code", "Condition.code.coding",
            "words", "Condition.code.text",
            "kind", "Condition.category",
            "onset", "Condition.onsetDateTime",
            "primary", "Condition.extension('" + ClinicalFactsFhirMapper.PRIMARY_DIAGNOSIS + "')",
            "comment", "Condition.note",
            "patient", "Condition.subject",
            "submission", "Condition.identifier");

    private ConditionFromFhir() {
    }

    static Condition required(Condition body) {
        if (body == null) {
            throw new InvalidInputException("Condition", "A Condition resource is required in the body");
        }
        return body;
    }

    static UUID patient(Condition c) {
        return SearchParams.requiredReference(FHIR_PATHS.get("patient"), c.getSubject().getReference(), "Patient");
    }

    static RecordProblem.ProblemForm form(Condition c) {
        statusIsNew(c);
        ProblemCode code = code(c);
        ProblemKind kind = kind(c);
        if (code != null && kind != null && kind != code.kind()) {
            throw new InvalidInputException(FHIR_PATHS.get("kind"), code.system().label() + " " + code.code() + " is "
                    + (code.kind() == ProblemKind.DIAGNOSIS ? "a diagnosis: category encounter-diagnosis" : "a problem: category problem-list-item"));
        }
        String words = code == null && c.getCode().hasText() ? c.getCode().getText() : null;
        return new RecordProblem.ProblemForm(code == null ? null : code.key(), words, kind == null ? null : kind.name(), onset(c), primary(c),
                c.getNote().stream().map(n -> n.getText()).filter(t -> t != null && !t.isBlank()).findFirst().orElse(null));
    }

    private static void statusIsNew(Condition c) {
        if (c.hasClinicalStatus() && !has(c.getClinicalStatus(), ClinicalFactsFhirMapper.CONDITION_CLINICAL, "active")) {
            throw new RuleRefusedException("Condition.clinicalStatus", "A problem or diagnosis is recorded active; resolve it on the "
                    + "problem list afterwards (recording it resolved would give it no resolution date of its own)");
        }
        if (c.hasVerificationStatus() && !has(c.getVerificationStatus(), ClinicalFactsFhirMapper.CONDITION_VERIFICATION, "confirmed")) {
            throw new RuleRefusedException("Condition.verificationStatus", "Only a confirmed problem or diagnosis is recorded here");
        }
    }

    private static boolean has(CodeableConcept concept, String system, String code) {
        return concept.getCoding().stream().anyMatch(x -> code.equals(x.getCode()) && (!x.hasSystem() || system.equals(x.getSystem())));
    }

    /** The first coding of a system we keep, looked up in the shipped list (an unknown code is refused by the use case). */
    private static ProblemCode code(Condition c) {
        if (!c.getCode().hasCoding()) {
            return null;
        }
        for (Coding coding : c.getCode().getCoding()) {
            var system = CodeSystem.ofUri(coding.getSystem());
            if (system.isPresent()) {
                if (!coding.hasCode()) {
                    break;
                }
                String key = system.get().key() + ":" + coding.getCode().strip();
                return ProblemCodes.shipped().byKey(key).orElseThrow(() -> new InvalidInputException(FHIR_PATHS.get("code"),
                        "'" + shortened(coding.getCode()) + "' is not in the shipped code list of " + system.get().label()
                                + ": use a code from the list, or send the problem in words as code.text with no coding"));
            }
        }
        throw new InvalidInputException(FHIR_PATHS.get("code"), "Code a problem in SNOMED CT (" + CodeSystem.SNOMED_CT.uri() + "), ICD-10 ("
                + CodeSystem.ICD_10.uri() + ") or our local terms (" + CodeSystem.LOCAL.uri() + ") from the shipped list, or send it in words as "
                + "code.text with no coding");
    }

    private static ProblemKind kind(Condition c) {
        for (CodeableConcept category : c.getCategory()) {
            for (Coding coding : category.getCoding()) {
                if (ClinicalFactsFhirMapper.CONDITION_CATEGORY.equals(coding.getSystem()) || !coding.hasSystem()) {
                    ProblemKind kind = ConditionResource.CATEGORIES.get(String.valueOf(coding.getCode()).toUpperCase(java.util.Locale.ROOT));
                    if (kind == null) {
                        throw new InvalidInputException(FHIR_PATHS.get("kind"), "Category is problem-list-item or encounter-diagnosis");
                    }
                    return kind;
                }
            }
        }
        if (c.hasCategory()) {
            throw new InvalidInputException(FHIR_PATHS.get("kind"), "Category is problem-list-item or encounter-diagnosis of "
                    + ClinicalFactsFhirMapper.CONDITION_CATEGORY);
        }
        return null;
    }

    /** The onset day (UK), as the form takes it; only onsetDateTime, at least to the day. */
    private static String onset(Condition c) {
        if (!c.hasOnset()) {
            return null;
        }
        if (!c.hasOnsetDateTimeType() || c.getOnsetDateTimeType().getValue() == null
                || c.getOnsetDateTimeType().getPrecision().ordinal() < ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
            throw new InvalidInputException(FHIR_PATHS.get("onset"), "Give the onset as onsetDateTime, a day (YYYY-MM-DD) at least");
        }
        var day = c.getOnsetDateTimeType().getPrecision() == ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY
                ? java.time.LocalDate.parse(c.getOnsetDateTimeType().getValueAsString())
                : java.time.LocalDate.ofInstant(c.getOnsetDateTimeType().getValue().toInstant(), UkDates.UK);
        return UkDates.typed(day);
    }

    private static boolean primary(Condition c) {
        Extension e = c.getExtensionByUrl(ClinicalFactsFhirMapper.PRIMARY_DIAGNOSIS);
        if (e == null) {
            return false;
        }
        if (!(e.getValue() instanceof BooleanType b) || b.getValue() == null) {
            throw new InvalidInputException(FHIR_PATHS.get("primary"), "The primary-diagnosis extension has a valueBoolean");
        }
        return b.booleanValue();
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
