package org.openepr.platform.releases;

import org.openepr.platform.text.Labelled;

/** How settled a release is: early releases come first to trusts that choose them, stable ones to everyone. */
public enum Channel implements Labelled {
    STABLE("stable"), EARLY("early");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
