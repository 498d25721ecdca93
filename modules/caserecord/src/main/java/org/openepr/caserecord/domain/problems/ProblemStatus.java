package org.openepr.caserecord.domain.problems;

import org.openepr.platform.text.Labelled;

/** Where a problem stands. Nothing is deleted: a mistake is entered in error, kept and shown as such. */
public enum ProblemStatus implements Labelled {
    ACTIVE("Active"),
    RESOLVED("Resolved"),
    ENTERED_IN_ERROR("Entered in error");

    private final String label;

    ProblemStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
