package org.openepr.discharge.application.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.openepr.discharge.domain.EpisodeEnded;

/** On discharge, the summary is drafted: synchronously, in the discharge's transaction (it fails with it, or both are saved). */
@ApplicationScoped
public class SummaryDrafting {

    @Inject
    DraftSummary drafts;

    void episodeEnded(@Observes EpisodeEnded episode) {
        drafts.draft(episode);
    }
}
