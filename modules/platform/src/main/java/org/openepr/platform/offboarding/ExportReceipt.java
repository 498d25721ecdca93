package org.openepr.platform.offboarding;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Trust;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;

/**
 * The trust admin's confirmation that their export arrived: the operator may offboard the trust only after it. The
 * admin picks one of the trust's finished exports; both trust locks apply, so another trust's job is not there.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class ExportReceipt {

    /** A finished export the admin may confirm. */
    public record FinishedExport(UUID id, Instant requestedAt, Instant finishedAt) {
    }

    /** What the trust has confirmed, if anything. */
    public record Confirmed(UUID job, String by, Instant at) {
    }

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<FinishedExport> finishedExports() {
        List<?> rows = sql("select cast(id as varchar), requested_at, finished_at from export_job where state = 'DONE' order by finished_at desc")
                .setMaxResults(50).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new FinishedExport(UUID.fromString((String) r[0]), instant(r[1]), instant(r[2]))).toList();
    }

    public Optional<Confirmed> confirmed() {
        Trust trust = em.find(Trust.class, trustContext.requireTrust().value());
        return trust.exportConfirmedJob().map(job -> new Confirmed(job, trust.exportConfirmedBy(), trust.exportConfirmedAt()));
    }

    public Confirmed confirm(UUID exportJob) {
        if (exportJob == null) {
            throw new InvalidInputException("exportJob", "Choose the export you received");
        }
        boolean finished = !sql("select 1 from export_job where id = cast(? as uuid) and state = 'DONE'")
                .setParameter(1, exportJob.toString()).getResultList().isEmpty();
        if (!finished) {
            throw new InvalidInputException("exportJob", "Export " + exportJob + " is not a finished export of this trust");
        }
        Instant now = clock.instant();
        String by = trustContext.caller().userId();
        registry.forChange(trustContext.requireTrust()).exportReceived(exportJob, by, now);
        audit.record(PlatformAudit.EXPORT_RECEIPT_CONFIRMED, exportJob, null, "export received; the operator may offboard the trust");
        return new Confirmed(exportJob, by, now);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    /**
     * Plain SQL on tables outside the ORM's tenant filter (native queries are off by default in this unit): the
     * erasure tables hold no trust column, and a trust table read here is still bound by row-level security.
     */
    private jakarta.persistence.Query sql(String statement) {
        return em.createNativeQuery(statement).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }
}
