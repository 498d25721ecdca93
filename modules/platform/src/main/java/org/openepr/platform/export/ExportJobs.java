package org.openepr.platform.export;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The trust's export jobs: the trust admin asks for one, follows it, cancels it; the background worker records its
 * progress. Another trust's job is not there at all (both trust locks), so it answers as a missing one; the hosting
 * operator, who holds no trust and sees no patient data, is refused every method.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class ExportJobs {

    /** A job and its files, in writing order. */
    public record Status(ExportJob job, List<ExportFile> files) {
    }

    /** A file the runner will write. */
    public record Planned(String module, String resourceType, long expected) {
    }

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trustContext;

    @Inject
    Clock clock;

    /** A new job, queued; one unfinished export per trust at a time. */
    public ExportJob request(ExportJob.Via via) {
        boolean running = !em.createQuery("select j from ExportJob j where j.state in :open", ExportJob.class)
                .setParameter("open", List.of(ExportState.QUEUED, ExportState.RUNNING)).setMaxResults(1).getResultList().isEmpty();
        if (running) {
            throw new ConflictException("export", "An export of this trust is already running: wait for it to finish or cancel it");
        }
        ExportJob job = new ExportJob(UUID.randomUUID(), trustContext.caller().userId(), clock.instant(), via);
        em.persist(job);
        audit.record(ExportAudit.TRUST_EXPORT_REQUESTED, job.id(), null, "via=" + via);
        return job;
    }

    /** The trust's latest jobs, newest first. */
    public List<ExportJob> latest(int max) {
        return em.createQuery("select j from ExportJob j order by j.requestedAt desc", ExportJob.class)
                .setMaxResults(Math.min(max, 50)).getResultList();
    }

    public Status status(UUID jobId) {
        ExportJob job = job(jobId);
        return new Status(job, files(jobId));
    }

    public void cancel(UUID jobId) {
        ExportJob job = locked(jobId);
        if (!job.state().isFinished()) {
            job.cancelled(clock.instant());
            audit.record(ExportAudit.TRUST_EXPORT_CANCELLED, jobId, null, null);
        }
    }

    /** A finished job's files, to download; the download is audited. */
    public Status download(UUID jobId, String what) {
        Status status = status(jobId);
        if (status.job().state() != ExportState.DONE) {
            throw new ConflictException("export", "This export is not finished: " + status.job().state().label());
        }
        audit.record(ExportAudit.TRUST_EXPORT_DOWNLOADED, jobId, null, what);
        return status;
    }

    // ---- the background worker's side ----

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public List<UUID> unfinished() {
        return em.createQuery("select j.id from ExportJob j where j.state in :open order by j.requestedAt", UUID.class)
                .setParameter("open", List.of(ExportState.QUEUED, ExportState.RUNNING)).getResultList();
    }

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public Status progress(UUID jobId) {
        return status(jobId);
    }

    /** The files to write, once: a resumed job keeps the plan (and the counts) it started with. */
    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public Status plan(UUID jobId, List<Planned> planned) {
        ExportJob job = locked(jobId);
        if (job.state() == ExportState.QUEUED && files(jobId).isEmpty()) {
            int position = 0;
            for (Planned p : planned) {
                em.persist(new ExportFile(jobId, position++, p.module(), p.resourceType(), p.expected()));
            }
            job.started(planned.stream().mapToLong(Planned::expected).sum());
            em.flush();
        }
        return status(jobId);
    }

    /** After a page is on disk: its last key and the file's length. False if the job was cancelled meanwhile. */
    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public boolean checkpoint(UUID jobId, String resourceType, String lastKey, long bytes, long added) {
        ExportJob job = em.find(ExportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.state() != ExportState.RUNNING) {
            return false;
        }
        file(jobId, resourceType).checkpoint(lastKey, bytes, added);
        job.wrote(added);
        return true;
    }

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public void fileFinished(UUID jobId, String resourceType, String sha256) {
        file(jobId, resourceType).finish(sha256);
    }

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public void done(UUID jobId) {
        ExportJob job = locked(jobId);
        if (job.state() == ExportState.RUNNING) {
            job.done(clock.instant());
            audit.record(ExportAudit.TRUST_EXPORT_FINISHED, jobId, null, "resources=" + job.written());
        }
    }

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public void failed(UUID jobId, String why) {
        ExportJob job = locked(jobId);
        if (!job.state().isFinished()) {
            job.failed(why, clock.instant());
        }
    }

    /**
     * The job, locked until the transaction ends: every change of state reads the state under the lock, so the worker
     * never writes "running" or "done" over a cancel the trust admin made a moment before.
     */
    private ExportJob locked(UUID jobId) {
        ExportJob job = job(jobId);
        em.refresh(job, LockModeType.PESSIMISTIC_WRITE); // the row as it is now, even if this transaction read it before
        return job;
    }

    private ExportJob job(UUID jobId) {
        ExportJob job = em.find(ExportJob.class, jobId);
        if (job == null) {
            throw new RecordNotFoundException("export");
        }
        return job;
    }

    private List<ExportFile> files(UUID jobId) {
        return em.createQuery("select f from ExportFile f where f.jobId = :job order by f.position", ExportFile.class)
                .setParameter("job", jobId).getResultList();
    }

    private ExportFile file(UUID jobId, String resourceType) {
        return em.createQuery("select f from ExportFile f where f.jobId = :job and f.resourceType = :type", ExportFile.class)
                .setParameter("job", jobId).setParameter("type", resourceType).getSingleResult();
    }
}
