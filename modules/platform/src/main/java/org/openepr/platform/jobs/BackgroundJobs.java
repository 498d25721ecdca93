package org.openepr.platform.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.BackgroundWork;
import org.openepr.platform.trust.TrustRegistry;

/**
 * What the platform's long jobs (a trust's export, import, erasure) share: a job runs on the managed executor, at
 * most once at a time on this server, and at start every unfinished job of every trust concerned goes on from its
 * checkpoint. Each runner keeps its own steps and checkpoints; with several servers a lease on the job row is needed
 * too (see docs/export.md).
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    BackgroundWork background;

    @Inject
    TrustRegistry trusts;

    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    /** Runs the job on a managed thread unless this server already runs it; then {@code already} at once. */
    public <O> CompletableFuture<O> startOnce(UUID job, O already, Supplier<O> run) {
        if (!running.add(job)) {
            return CompletableFuture.completedFuture(already);
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return run.get();
                } finally {
                    running.remove(job);
                }
            }, executor);
        } catch (RuntimeException e) {
            running.remove(job); // not handed over (the executor refused it): a later start may try again
            throw e;
        }
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
