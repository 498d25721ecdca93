package org.openepr.caserecord.domain.problems;

import org.openepr.platform.text.Labelled;

/** A problem on the problem list (SNOMED CT) or a diagnosis (ICD-10, as returns count them). */
public enum ProblemKind implements Labelled {
    PROBLEM("Problem"),
    DIAGNOSIS("Diagnosis");

    private final String label;

    ProblemKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
