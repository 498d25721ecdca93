package org.openepr.caserecord.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.domain.careteam.CareTeam;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRepository;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaCareTeamRepository implements CareTeamRepository {

    /** A care team far beyond any real one; the bound keeps a runaway record from loading without end. */
    private static final int MAX_MEMBERS = 500;
    private static final String CURRENT = "m.staffUserId = :me and m.startDate <= :day and (m.endDate is null or m.endDate >= :day)";

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public CareTeam teamOf(UUID patientId) {
        return new CareTeam(patientId, readOnly.forThisUseCase(em.createQuery("select m from CareTeamMember m where m.patientId = :p",
                CareTeamMember.class)).setParameter("p", patientId).setMaxResults(MAX_MEMBERS).getResultList());
    }

    @Override
    public CareTeam teamOfForUpdate(UUID patientId) {
        return new CareTeam(patientId, em.createQuery("select m from CareTeamMember m where m.patientId = :p", CareTeamMember.class)
                .setParameter("p", patientId).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(MAX_MEMBERS).getResultList());
    }

    @Override
    public Optional<CareTeamMember> find(UUID id) {
        return em.createQuery("select m from CareTeamMember m where m.id = :id", CareTeamMember.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public void add(CareTeamMember member) {
        em.persist(member);
        // now, so a second open lead refused by the database is answered in the use case, not at commit
        em.flush();
    }

    @Override
    public List<CareTeamMember> currentFor(String staffUserId, LocalDate day, int offset, int max) {
        return readOnly.forThisUseCase(em.createQuery("select m from CareTeamMember m where " + CURRENT
                        + " order by m.service, m.startDate, m.id", CareTeamMember.class))
                .setParameter("me", staffUserId).setParameter("day", day).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    @Override
    public long countCurrentFor(String staffUserId, LocalDate day) {
        return em.createQuery("select count(m) from CareTeamMember m where " + CURRENT, Long.class)
                .setParameter("me", staffUserId).setParameter("day", day).getSingleResult();
    }
}
