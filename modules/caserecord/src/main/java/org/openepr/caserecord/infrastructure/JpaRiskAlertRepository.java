package org.openepr.caserecord.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaRiskAlertRepository implements RiskAlertRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public List<RiskAlert> current(UUID patientId, int limit) {
        return readOnly.forThisUseCase(em.createQuery("select r from RiskAlert r where r.patientId = :p and r.endedAt is null order by case r.severity "
                        + "when org.openepr.caserecord.domain.risks.RiskSeverity.HIGH then 0 when org.openepr.caserecord.domain.risks.RiskSeverity.MEDIUM then 1 "
                        + "else 2 end, r.reviewDate, r.id", RiskAlert.class))
                .setParameter("p", patientId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<RiskAlert> forPatient(UUID patientId, int limit) {
        return readOnly.forThisUseCase(em.createQuery("select r from RiskAlert r where r.patientId = :p order by r.recordedAt desc, r.id", RiskAlert.class))
                .setParameter("p", patientId).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<RiskAlert> find(UUID id) {
        return em.createQuery("select r from RiskAlert r where r.id = :id", RiskAlert.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<RiskAlert> findBySubmission(UUID submissionId) {
        return em.createQuery("select r from RiskAlert r where r.submissionId = :s", RiskAlert.class).setParameter("s", submissionId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(RiskAlert alert) {
        em.persist(alert);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
