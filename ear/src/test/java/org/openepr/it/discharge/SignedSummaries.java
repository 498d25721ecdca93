package org.openepr.it.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openepr.discharge.domain.SummarySigned;

/** Stands in for sending in the drafting tests: what signing fired, in order. */
@ApplicationScoped
public class SignedSummaries {

    static final List<SummarySigned> FIRED = new CopyOnWriteArrayList<>();

    void signed(@Observes SummarySigned event) {
        FIRED.add(event);
    }
}
