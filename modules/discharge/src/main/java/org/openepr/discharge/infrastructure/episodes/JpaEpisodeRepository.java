package org.openepr.discharge.infrastructure.episodes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.domain.episodes.Admission;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.LeaveOfAbsence;
import org.openepr.discharge.domain.episodes.WardStay;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaEpisodeRepository implements EpisodeRepository {

    /** Far beyond any admission's moves and leave; the bound keeps a runaway record from loading without end. */
    private static final int MOST_PER_ADMISSION = 1000;

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public Optional<EpisodeOfCare> find(UUID id) {
        return em.createQuery("select e from EpisodeOfCare e where e.id = :id", EpisodeOfCare.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Admission> admission(UUID episodeId) {
        return find(episodeId).filter(e -> e.kind() == EpisodeKind.INPATIENT).map(e -> new Admission(e,
                em.createQuery("select s from WardStay s where s.episodeId = :e order by s.from", WardStay.class).setParameter("e", e.id())
                        .setMaxResults(MOST_PER_ADMISSION).getResultList(),
                em.createQuery("select l from LeaveOfAbsence l where l.episodeId = :e order by l.startsAt", LeaveOfAbsence.class)
                        .setParameter("e", e.id()).setMaxResults(MOST_PER_ADMISSION).getResultList()));
    }

    @Override
    public Optional<EpisodeOfCare> openAdmissionOf(UUID patientId) {
        return em.createQuery("select e from EpisodeOfCare e where e.patientId = :p and e.kind = :k and e.endedAt is null", EpisodeOfCare.class)
                .setParameter("p", patientId).setParameter("k", EpisodeKind.INPATIENT).getResultStream().findFirst();
    }

    @Override
    public Optional<EpisodeOfCare> openInService(UUID patientId, String serviceKey) {
        return em.createQuery("select e from EpisodeOfCare e where e.patientId = :p and e.kind = :k and e.serviceKey = :s and e.endedAt is null",
                        EpisodeOfCare.class)
                .setParameter("p", patientId).setParameter("k", EpisodeKind.COMMUNITY).setParameter("s", serviceKey).getResultStream().findFirst();
    }

    @Override
    public Optional<EpisodeOfCare> acceptedFrom(UUID referralId) {
        return em.createQuery("select e from EpisodeOfCare e where e.referralId = :r", EpisodeOfCare.class).setParameter("r", referralId)
                .getResultStream().findFirst();
    }

    @Override
    public List<EpisodeOfCare> ofPatient(UUID patientId, int limit) {
        return readOnly.forThisUseCase(em.createQuery("select e from EpisodeOfCare e where e.patientId = :p order by e.startedAt desc, e.id",
                EpisodeOfCare.class)).setParameter("p", patientId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<WardStay> staysOf(Collection<UUID> episodeIds) {
        return readOnly.forThisUseCase(em.createQuery("select s from WardStay s where s.episodeId in :e order by s.from", WardStay.class))
                .setParameter("e", episodeIds).setMaxResults(MOST_PER_ADMISSION * episodeIds.size()).getResultList();
    }

    @Override
    public List<LeaveOfAbsence> leaveOf(Collection<UUID> episodeIds) {
        return readOnly.forThisUseCase(em.createQuery("select l from LeaveOfAbsence l where l.episodeId in :e order by l.startsAt",
                LeaveOfAbsence.class)).setParameter("e", episodeIds).setMaxResults(MOST_PER_ADMISSION * episodeIds.size()).getResultList();
    }

    @Override
    public List<EpisodeOfCare> onWard(UUID wardId, int limit) {
        return readOnly.forThisUseCase(em.createQuery("select e from EpisodeOfCare e where e.wardId = :w and e.kind = :k and e.endedAt is null"
                        + " order by e.startedAt, e.id", EpisodeOfCare.class))
                .setParameter("w", wardId).setParameter("k", EpisodeKind.INPATIENT).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(EpisodeOfCare episode) {
        em.persist(episode);
    }

    @Override
    public void add(WardStay stay) {
        em.persist(stay);
    }

    @Override
    public void add(LeaveOfAbsence leave) {
        em.persist(leave);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
