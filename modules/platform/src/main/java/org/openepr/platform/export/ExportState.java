package org.openepr.platform.export;

import org.openepr.platform.text.Labelled;

/** Where an export job stands. QUEUED and RUNNING are unfinished: a restart resumes them. */
public enum ExportState implements Labelled {
    QUEUED("Waiting to start"),
    RUNNING("Running"),
    DONE("Ready to download"),
    FAILED("Failed"),
    CANCELLED("Cancelled");

    private final String label;

    ExportState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
