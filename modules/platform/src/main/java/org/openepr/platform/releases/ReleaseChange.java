package org.openepr.platform.releases;

import org.openepr.platform.text.Labelled;

/** One thing a move between releases changes for staff: a feature that comes, or one that goes. */
public record ReleaseChange(Feature feature, Kind kind) implements java.io.Serializable {

    public enum Kind implements Labelled {
        ADDED("New"), WITHDRAWN("Withdrawn");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
