package org.openepr.caserecord.domain.risks;

import org.openepr.platform.text.Labelled;

/** The kinds of alert mental health and community services flag on a record; the FHIR code is ours (local). */
public enum RiskCategory implements Labelled {
    RISK_TO_SELF("Risk to self"),
    RISK_TO_OTHERS("Risk to others"),
    RISK_FROM_OTHERS("Risk from others"),
    SAFEGUARDING("Safeguarding"),
    OTHER_ALERT("Alert");

    private final String label;

    RiskCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The code in FHIR (lower case with hyphens: risk-to-self). */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<RiskCategory> ofCode(String code) {
        for (RiskCategory c : values()) {
            if (c.code().equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
