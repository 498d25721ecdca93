package org.openepr.platform.importing;

import org.openepr.platform.text.Labelled;

/** Where an import job stands. QUEUED and RUNNING are unfinished: a restart resumes them. */
public enum ImportState implements Labelled {
    QUEUED("Waiting to start"),
    RUNNING("Loading"),
    DONE("Loaded"),
    FAILED("Failed");

    private final String label;

    ImportState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
