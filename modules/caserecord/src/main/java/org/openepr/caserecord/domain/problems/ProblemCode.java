package org.openepr.caserecord.domain.problems;

/** One entry of the shipped code list: a SNOMED CT problem, an ICD-10 diagnosis, or a local term. */
public record ProblemCode(CodeSystem system, String code, String display) {

    /** ICD-10 codes are diagnoses; SNOMED CT concepts and local terms go on the problem list. */
    public ProblemKind kind() {
        return system == CodeSystem.ICD_10 ? ProblemKind.DIAGNOSIS : ProblemKind.PROBLEM;
    }

    /** What a picker shows and submits: "F20.0 Paranoid schizophrenia (ICD-10)". */
    public String choiceLabel() {
        return code + " " + display + " (" + system.label() + ")";
    }

    /** The value a form submits: "icd10:F20.0". */
    public String key() {
        return system.key() + ":" + code;
    }
}
