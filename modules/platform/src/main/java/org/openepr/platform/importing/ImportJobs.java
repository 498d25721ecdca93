package org.openepr.platform.importing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The trust's import jobs: the trust admin starts one (after the archive passed its checks and the trust was found
 * empty, {@link ImportRequests}) and follows it; the background worker loads batch after batch. Another trust's job
 * is not there at all (both trust locks); the hosting operator, who holds no trust, is refused every method.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class ImportJobs {

    /** A job and its files, in loading order. */
    public record Status(ImportJob job, List<ImportFile> files) {
    }

    /** A file to load. */
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

    /** A new job with its plan; one import into a trust, ever (a second would find the trust not empty). */
    public ImportJob create(UUID jobId, ImportArchive.Checked archive, List<Planned> planned) {
        // two uploads at the same moment both found the trust empty: the second to get here waits, then sees the first's job
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l").setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, "import " + trustContext.requireTrust().value()).getSingleResult();
        boolean any = !em.createQuery("select j from ImportJob j where j.state <> :failed", ImportJob.class)
                .setParameter("failed", ImportState.FAILED).setMaxResults(1).getResultList().isEmpty();
        if (any) {
            throw new ConflictException(ImportArchive.FIELD, "This trust has already been loaded from an export: an import goes only into an empty trust");
        }
        ImportJob job = new ImportJob(jobId, trustContext.caller().userId(), clock.instant(),
                archive.manifest().getString("trust", "?"), archive.manifest().getString("job", "?"), archive.total());
        em.persist(job);
        em.flush(); // the job's row before its files' (no mapped relation orders the inserts)
        int position = 0;
        for (Planned p : planned) {
            em.persist(new ImportFile(jobId, position++, p.module(), p.resourceType(), p.expected()));
        }
        audit.record(ImportAudit.TRUST_IMPORT_REQUESTED, jobId, null,
                "from=" + job.sourceTrust() + " export=" + job.sourceJob() + " resources=" + archive.total());
        return job;
    }

    /** The trust's latest jobs, newest first. */
    public List<ImportJob> latest(int max) {
        return em.createQuery("select j from ImportJob j order by j.requestedAt desc", ImportJob.class)
                .setMaxResults(Math.min(max, 50)).getResultList();
    }

    public Status status(UUID jobId) {
        return new Status(job(jobId), files(jobId));
    }

    // ---- the background worker's side ----

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public List<UUID> unfinished() {
        return em.createQuery("select j.id from ImportJob j where j.state in :open order by j.requestedAt", UUID.class)
                .setParameter("open", List.of(ImportState.QUEUED, ImportState.RUNNING)).getResultList();
    }

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public Status progress(UUID jobId) {
        ImportJob job = job(jobId);
        job.started();
        return new Status(job, files(jobId));
    }

    /** The job's id map as its committed batches left it (a resumed job goes on with it). */
    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public IdMap ids(UUID jobId) {
        IdMap ids = new IdMap();
        // plain JDBC on the transaction's connection (native queries are off for a multitenant unit): the trust named
        // as well as bound, both locks as for the entities
        try (PreparedStatement read = em.unwrap(Connection.class).prepareStatement(
                "select resource_type, old_id, new_id from import_id where trust = ? and job_id = ?")) {
            read.setString(1, trustContext.requireTrust().value());
            read.setObject(2, jobId);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getString(2), rows.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("The import's id map could not be read", e);
        }
        return ids;
    }

    /**
     * One batch, in one transaction: the part writes the records, then their ids and the file's checkpoint are
     * saved with them. False if the batch is already in (a resumed job whose checkpoint moved on).
     */
    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public boolean load(UUID jobId, ImportPart part, String resourceType, long fromLine, List<String> lines, IdMap batch) {
        ImportJob job = em.find(ImportJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        ImportFile file = file(jobId, resourceType);
        if (job == null || job.state() != ImportState.RUNNING || file.loaded() != fromLine) {
            return false;
        }
        part.load(resourceType, lines, batch);
        em.flush();
        saveIds(jobId, batch.added());
        file.loaded(lines.size());
        job.loaded(lines.size());
        return true;
    }

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public void done(UUID jobId) {
        ImportJob job = job(jobId);
        if (job.state() == ImportState.RUNNING) {
            job.done(clock.instant());
            audit.record(ImportAudit.TRUST_IMPORT_FINISHED, jobId, null, "resources=" + job.loaded());
        }
    }

    @Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
    public void failed(UUID jobId, String why) {
        ImportJob job = job(jobId);
        if (!job.state().isFinished()) {
            job.failed(why, clock.instant());
            audit.record(ImportAudit.TRUST_IMPORT_FAILED, jobId, null, job.failure());
        }
    }

    private void saveIds(UUID jobId, List<IdMap.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(
                "insert into import_id (trust, job_id, resource_type, old_id, new_id) values (?, ?, ?, ?, ?)")) {
            for (IdMap.Entry e : entries) {
                insert.setString(1, trustContext.requireTrust().value());
                insert.setObject(2, jobId);
                insert.setString(3, e.resourceType());
                insert.setString(4, e.oldId());
                insert.setString(5, e.newId());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("The import's id map could not be saved", e);
        }
    }

    private ImportJob job(UUID jobId) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job == null) {
            throw new RecordNotFoundException("import");
        }
        return job;
    }

    private List<ImportFile> files(UUID jobId) {
        return em.createQuery("select f from ImportFile f where f.jobId = :job order by f.position", ImportFile.class)
                .setParameter("job", jobId).getResultList();
    }

    private ImportFile file(UUID jobId, String resourceType) {
        return em.createQuery("select f from ImportFile f where f.jobId = :job and f.resourceType = :type", ImportFile.class)
                .setParameter("job", jobId).setParameter("type", resourceType).getSingleResult();
    }
}
