package org.openepr.it.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openepr.discharge.domain.EpisodeEnded;

/**
 * For in-container tests (added to the Arquillian archive): what the rest of discharge hears when an episode ends.
 * It can be told to fail, the way a drafting that cannot be saved would, to show the discharge is undone with it.
 */
@ApplicationScoped
public class EndedEpisodes {

    private final List<EpisodeEnded> heard = new CopyOnWriteArrayList<>();
    private volatile boolean fail;

    void heard(@Observes EpisodeEnded ended) {
        if (fail) {
            throw new IllegalStateException("the listener failed");
        }
        heard.add(ended);
    }

    public Optional<EpisodeEnded> of(UUID episodeId) {
        return heard.stream().filter(e -> e.episodeId().equals(episodeId)).findFirst();
    }

    public long count(UUID episodeId) {
        return heard.stream().filter(e -> e.episodeId().equals(episodeId)).count();
    }

    public void failNext(boolean failing) {
        fail = failing;
    }
}
