package org.openepr.discharge.infrastructure.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.UnsignedSummaries;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummarySave;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaSummaryRepository implements SummaryRepository {

    private static final List<SummaryState> UNSIGNED = List.of(SummaryState.DRAFTED, SummaryState.AWAITING_SIGNATURE);

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public Optional<DischargeSummary> find(UUID id) {
        return readOnly.forThisUseCase(em.createQuery("select s from DischargeSummary s where s.id = :id", DischargeSummary.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<DischargeSummary> lock(UUID id) {
        return em.createQuery("select s from DischargeSummary s where s.id = :id", DischargeSummary.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<DischargeSummary> forEpisode(UUID episodeId) {
        return em.createQuery("select s from DischargeSummary s where s.episodeId = :e", DischargeSummary.class).setParameter("e", episodeId)
                .getResultStream().findFirst();
    }

    @Override
    public List<DischargeSummary> forPatient(UUID patientId, int max) {
        return readOnly.forThisUseCase(em.createQuery("select s from DischargeSummary s where s.patientId = :p order by s.episodeEnded desc, s.id",
                DischargeSummary.class)).setParameter("p", patientId).setMaxResults(max).getResultList();
    }

    @Override
    public List<UnsignedSummaries.Waiting> countUnsigned(Instant cut) {
        List<Object[]> rows = readOnly.forThisUseCase(em.createQuery("select s.state, count(s), min(s.stateSince),"
                + " sum(case when s.stateSince < :cut then 1 else 0 end) from DischargeSummary s where s.state in :unsigned group by s.state",
                Object[].class)).setParameter("unsigned", UNSIGNED).setParameter("cut", cut).getResultList();
        return rows.stream().map(r -> new UnsignedSummaries.Waiting((SummaryState) r[0], ((Number) r[1]).longValue(),
                r[2] instanceof Timestamp t ? t.toInstant() : (Instant) r[2], r[3] == null ? 0 : ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<DischargeSummary> unsignedSince(Instant cut, int max) {
        return readOnly.forThisUseCase(em.createQuery("select s from DischargeSummary s where s.state in :unsigned and s.stateSince < :cut"
                + " order by s.stateSince, s.id", DischargeSummary.class)).setParameter("unsigned", UNSIGNED).setParameter("cut", cut)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<DischargeSummary> unsignedFor(String clinician, int max) {
        return readOnly.forThisUseCase(em.createQuery("select s from DischargeSummary s where s.state in :unsigned and s.responsibleClinician = :c"
                + " order by s.stateSince, s.id", DischargeSummary.class)).setParameter("unsigned", UNSIGNED).setParameter("c", clinician)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<SummaryVersion> versions(UUID summaryId) {
        return readOnly.forThisUseCase(em.createQuery("select v from SummaryVersion v where v.summaryId = :s order by v.number", SummaryVersion.class))
                .setParameter("s", summaryId).getResultList();
    }

    @Override
    public Optional<SummaryVersion> version(UUID summaryId, int number) {
        return readOnly.forThisUseCase(em.createQuery("select v from SummaryVersion v where v.summaryId = :s and v.number = :n", SummaryVersion.class))
                .setParameter("s", summaryId).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public Optional<SummaryVersion> versionByBundle(UUID bundleId) {
        return readOnly.forThisUseCase(em.createQuery("select v from SummaryVersion v where v.bundleId = :b", SummaryVersion.class))
                .setParameter("b", bundleId).getResultStream().findFirst();
    }

    @Override
    public Optional<SummarySave> save(UUID saveId) {
        return em.createQuery("select s from SummarySave s where s.saveId = :id", SummarySave.class).setParameter("id", saveId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(DischargeSummary summary) {
        em.persist(summary);
    }

    @Override
    public void add(SummaryVersion version) {
        em.persist(version);
    }

    @Override
    public void add(SummarySave save) {
        em.persist(save);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
