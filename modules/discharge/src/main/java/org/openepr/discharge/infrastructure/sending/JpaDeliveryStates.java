package org.openepr.discharge.infrastructure.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.domain.DeliveryStates;
import org.openepr.discharge.domain.TrackedSummary;
import org.openepr.discharge.domain.sending.Dispatch;

/** Sending's side of tracking, for the summary's own use cases (inside their transaction, their trust). */
@ApplicationScoped
public class JpaDeliveryStates implements DeliveryStates {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Override
    public Optional<TrackedSummary> of(UUID summaryId, int version) {
        return em.createQuery("select d from Dispatch d where d.summaryId = :s and d.summaryVersion = :v", Dispatch.class)
                .setParameter("s", summaryId).setParameter("v", version).getResultStream().findFirst().map(Dispatch::tracked);
    }
}
