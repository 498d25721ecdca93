package org.openepr.it.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openepr.discharge.domain.SummarySigned;

/** What signing fired, in order, for the drafting tests (not to be confused with support.SignedSummaries, which makes signed versions). */
@ApplicationScoped
public class FiredSignings {

    static final List<SummarySigned> FIRED = new CopyOnWriteArrayList<>();

    void signed(@Observes SummarySigned event) {
        FIRED.add(event);
    }
}
