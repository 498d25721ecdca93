package org.openepr.discharge.domain.episodes;

import org.openepr.platform.text.Labelled;

/** Where care happens in an episode: on a caseload in the community (an accepted referral), or on a ward. */
public enum EpisodeKind implements Labelled {
    COMMUNITY("Community"),
    INPATIENT("Inpatient");

    private final String label;

    EpisodeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
