package org.openepr.caserecord.domain.risks;

import org.openepr.platform.text.Labelled;

public enum RiskSeverity implements Labelled {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    RiskSeverity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
