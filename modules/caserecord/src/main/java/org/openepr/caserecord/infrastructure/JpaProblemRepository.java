package org.openepr.caserecord.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemRepository;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaProblemRepository implements ProblemRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public List<Problem> forPatient(UUID patientId, int limit) {
        // active first (ACTIVE < ENTERED_IN_ERROR < RESOLVED would misplace one: sorted by the flag, then by date)
        return readOnly.forThisUseCase(em.createQuery("select p from Problem p where p.patientId = :p order by case when p.status = "
                        + "org.openepr.caserecord.domain.problems.ProblemStatus.ACTIVE then 0 else 1 end, p.primaryDiagnosis desc, p.recordedAt desc, p.id",
                Problem.class)).setParameter("p", patientId).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Problem> find(UUID id) {
        return em.createQuery("select p from Problem p where p.id = :id", Problem.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Problem> findBySubmission(UUID submissionId) {
        return em.createQuery("select p from Problem p where p.submissionId = :s", Problem.class).setParameter("s", submissionId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Problem> primaryDiagnosis(UUID patientId) {
        return em.createQuery("select p from Problem p where p.patientId = :p and p.primaryDiagnosis = true", Problem.class)
                .setParameter("p", patientId).getResultStream().findFirst();
    }

    @Override
    public void add(Problem problem) {
        em.persist(problem);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
