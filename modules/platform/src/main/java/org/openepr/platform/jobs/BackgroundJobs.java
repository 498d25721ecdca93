package org.openepr.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.PlatformReady;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.BackgroundWork;
import org.openepr.platform.trust.TrustRegistry;

/**
 * What the platform's long jobs (a trust's export, import, erasure) share: a job runs on the managed executor, once
 * at a time: on this server by an in-memory guard, across servers by a lease in the database ({@link JobLeases}),
 * renewed while it runs. At start every unfinished job of every trust concerned goes on from its checkpoint, unless
 * another server holds it. Each runner keeps its own steps and checkpoints.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    private static final String HOLDER = serverName();

    @Resource
    ManagedExecutorService executor;

    @Inject
    BackgroundWork background;

    @Inject
    TrustRegistry trusts;

    /** A lease outlives a few missed renewals (a long garbage collection, a slow database), not a dead server by much. */
    static final Duration LEASE = Duration.ofSeconds(90);
    static final Duration RENEW_EVERY = Duration.ofSeconds(20);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    private volatile ScheduledFuture<?> renewals;

    void renewLeases(@Observes PlatformReady ready) {
        renewals = scheduler.scheduleWithFixedDelay(this::renew, RENEW_EVERY.toSeconds(), RENEW_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> r = renewals;
        if (r != null) {
            r.cancel(false);
        }
    }

    /**
     * Runs the job on a managed thread unless this server already runs it or another server holds its lease; then
     * {@code already} at once.
     */
    public <O> CompletableFuture<O> startOnce(UUID job, O already, Supplier<O> run) {
        if (!running.add(job)) {
            return CompletableFuture.completedFuture(already);
        }
        try {
            if (!leases.take(job, HOLDER, LEASE)) {
                LOG.info(() -> "Job " + job + " runs on another server (its lease is held)");
                running.remove(job);
                return CompletableFuture.completedFuture(already);
            }
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return run.get();
                } finally {
                    running.remove(job);
                    release(job);
                }
            }, executor);
        } catch (RuntimeException e) {
            running.remove(job); // not handed over (the executor refused it, or the lease could not be asked for)
            release(job);
            throw e;
        }
    }

    /** The jobs this server runs now. */
    public Set<UUID> runningHere() {
        return Set.copyOf(running);
    }

    /** This server's name on its leases: the same after a restart, so a server takes its own jobs back at once. */
    public static String holder() {
        return HOLDER;
    }

    private void renew() {
        Set<UUID> jobs = runningHere();
        if (jobs.isEmpty()) {
            return;
        }
        try {
            int held = leases.renew(jobs, HOLDER, LEASE);
            if (held < jobs.size()) {
                LOG.warning(() -> "Renewed " + held + " of the " + jobs.size() + " job leases this server should hold");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not renew the job leases", e);
        }
    }

    private void release(UUID job) {
        try {
            leases.release(job, HOLDER);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give up the lease of job " + job + " (it runs out by itself)", e);
        }
    }

    /** EPR_SERVER_NAME, or the host and the server's directory (Liberty's working directory). */
    private static String serverName() {
        String named = System.getenv("EPR_SERVER_NAME");
        if (named != null && !named.isBlank()) {
            return named;
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + System.getProperty("user.dir");
    }

    /** Later, on a managed thread (what an observer of the server's start does, off the start-up thread). */
    public void later(Runnable work) {
        executor.execute(work);
    }

    /**
     * In each trust {@code which} accepts, the {@code worker} lists its unfinished jobs and each is started again; a
     * trust whose list fails is logged and the others go on.
     */
    public <O> List<CompletableFuture<O>> resume(String what, Predicate<TrustRegistry.TrustView> which, String worker,
            Supplier<List<UUID>> unfinished, BiFunction<OdsCode, UUID, CompletableFuture<O>> start) {
        List<CompletableFuture<O>> resumed = new ArrayList<>();
        for (TrustRegistry.TrustView trust : trusts.all()) {
            if (!which.test(trust)) {
                continue;
            }
            try {
                for (UUID job : background.inTrust(trust.odsCode(), worker, unfinished)) {
                    LOG.info(() -> "Resuming " + what + " " + job + " of trust " + trust.odsCode());
                    resumed.add(start.apply(trust.odsCode(), job));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not resume the unfinished " + what + "s of trust " + trust.odsCode(), e);
            }
        }
        return resumed;
    }
}
