package org.openepr.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;

/**
 * The leases on long jobs, one row per running job, each in a transaction of its own (the job's own transactions come
 * and go while it holds the lease). Times are the database's, which every server shares, not a server's clock.
 */
@ApplicationScoped
public class JobLeases {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    /**
     * Takes the job's lease for {@code length}: when nobody holds it, its holder's lease ran out, or this server holds
     * it already (a server restarted after a crash takes its own jobs back at once). Whether it was taken.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(UUID job, String holder, Duration length) {
        return sql("insert into job_lease (job, holder, until) values (?1, ?2, now() + ?3 * interval '1 second') "
                + "on conflict (job) do update set holder = excluded.holder, until = excluded.until "
                + "where job_lease.until < now() or job_lease.holder = excluded.holder")
                .setParameter(1, job).setParameter(2, holder).setParameter(3, length.toSeconds()).executeUpdate() == 1;
    }

    /** Renews this server's leases on the jobs it runs; how many it still held. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int renew(Collection<UUID> jobs, String holder, Duration length) {
        int renewed = 0;
        for (UUID job : jobs) {
            renewed += sql("update job_lease set until = now() + ?3 * interval '1 second' where job = ?1 and holder = ?2")
                    .setParameter(1, job).setParameter(2, holder).setParameter(3, length.toSeconds()).executeUpdate();
        }
        return renewed;
    }

    /**
     * Gives the lease up (the job stopped here): another server may take the job at once. The row stays, run out (the
     * application role deletes nothing; one small row per job).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(UUID job, String holder) {
        sql("update job_lease set until = '-infinity' where job = ?1 and holder = ?2").setParameter(1, job).setParameter(2, holder)
                .executeUpdate();
    }

    private Query sql(String statement) {
        return em.createNativeQuery(statement).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }
}
