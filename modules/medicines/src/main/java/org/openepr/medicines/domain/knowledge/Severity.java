package org.openepr.medicines.domain.knowledge;

import org.openepr.platform.text.Labelled;

/** How bad a finding is: contraindicated (blocks unless overridden with a reason), serious (a reason to go on), monitor. */
public enum Severity implements Labelled {
    CONTRAINDICATED("Contraindicated"),
    SERIOUS("Serious"),
    MONITOR("Monitor");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Not an interaction severity: " + text);
    }
}
