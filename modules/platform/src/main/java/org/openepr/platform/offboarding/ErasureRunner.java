package org.openepr.platform.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.PlatformReady;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.jobs.BackgroundJobs;
import org.openepr.platform.security.BackgroundWork;
import org.openepr.platform.trust.Trust;
import org.openepr.platform.trust.TrustRegistry;

/**
 * Runs erasures off any request as the "eraser" background worker: table after table in erasure order, batch after
 * batch of {@link #BATCH} rows, each batch and its checkpoint one transaction, so a restart goes on where the last
 * committed batch left off. Starting once and resuming at start are {@link BackgroundJobs}' (as for exports and imports).
 */
@ApplicationScoped
public class ErasureRunner {

    private static final Logger LOG = Logger.getLogger(ErasureRunner.class.getName());
    static final String WORKER = "eraser";
    public static final int BATCH = 1000;

    /** How a run ended. STOPPED: told to stop after some batches, as a server stopping would (tests). */
    public enum Outcome { DONE, STOPPED, FAILED }

    @Inject
    BackgroundJobs jobsOnThisServer;

    @Inject
    BackgroundWork background;

    @Inject
    ErasureSteps steps;

    @Inject
    KeycloakCleanUp keycloak;

    @Inject
    TrustFiles files;

    /** While set, a new erasure waits as if the server stopped before its first batch (the resume tests). */
    private volatile boolean holdNew;

    void resumeAtStart(@Observes PlatformReady ready) {
        jobsOnThisServer.later(() -> {
            resumeUnfinished();
            retryKeycloakWaiting();
        });
    }

    void retryWhenAsked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrustOffboarding.KeycloakRetryAsked asked) {
        retryKeycloak(asked.trust(), asked.erasure());
    }

    /** Every finished erasure whose Keycloak clean-up is still waiting is tried again (at start). */
    public List<CompletableFuture<Boolean>> retryKeycloakWaiting() {
        return jobsOnThisServer.resume("Keycloak clean-up", ErasureRunner::offboarded, WORKER,
                () -> steps.keycloakWaiting().stream().toList(),
                this::retryKeycloak);
    }

    private CompletableFuture<Boolean> retryKeycloak(OdsCode trust, UUID erasure) {
        return jobsOnThisServer.startOnce(keycloakStep(erasure), false, () -> keycloak.attempt(trust, erasure));
    }

    void startOnceCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrustOffboarding.Offboarded offboarded) {
        if (!holdNew) {
            start(offboarded.trust(), offboarded.erasure(), BATCH, Long.MAX_VALUE);
        }
    }

    /** For the resume tests: new erasures wait (RUNNING, no batch done) until started or resumed. */
    public void holdNewErasures(boolean hold) {
        holdNew = hold;
    }

    /** Every RUNNING erasure goes on from its checkpoint (what the server does at start). */
    public List<CompletableFuture<Outcome>> resumeUnfinished() {
        return jobsOnThisServer.resume("erasure", ErasureRunner::offboarded, WORKER, () -> steps.running().stream().toList(),
                (trust, erasure) -> start(trust, erasure, BATCH, Long.MAX_VALUE));
    }

    /** Runs the erasure on a managed thread, stopping after {@code batchLimit} batches as if the server stopped there. */
    public CompletableFuture<Outcome> start(OdsCode trust, UUID id, int batchSize, long batchLimit) {
        return jobsOnThisServer.startOnce(id, Outcome.STOPPED, () -> run(trust, id, batchSize, batchLimit));
    }

    /** Only an offboarded trust is ever erased. */
    private static boolean offboarded(TrustRegistry.TrustView trust) {
        return trust.status() == Trust.Status.OFFBOARDED;
    }

    /** The Keycloak retry runs once at a time per erasure too, under a key of its own (the erasure may still run). */
    private static UUID keycloakStep(UUID erasure) {
        return UUID.nameUUIDFromBytes(("keycloak " + erasure).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Outcome run(OdsCode trust, UUID id, int batchSize, long batchLimit) {
        long batches = 0;
        try {
            Erasure erasure = background.inTrust(trust, WORKER, () -> steps.planIfNew(id));
            if (!"RUNNING".equals(erasure.state())) {
                return erasure.done() ? Outcome.DONE : Outcome.FAILED;
            }
            // Keycloak first, so the trust's accounts can take no new token; if it fails, the rows do not wait for it
            boolean keycloakClean = keycloak.attempt(trust, id);
            do {
                for (ErasedTable table : erasure.tables()) {
                    boolean done = table.done();
                    while (!done) {
                        if (batches++ >= batchLimit) {
                            return Outcome.STOPPED;
                        }
                        background.inTrust(trust, WORKER, () -> steps.batch(id, trust.value(), table.table(), batchSize));
                        done = background.inTrust(trust, WORKER, () -> steps.progress(id)).tables().stream()
                                .filter(t -> t.table().equals(table.table())).allMatch(ErasedTable::done);
                    }
                }
                erasure = background.inTrust(trust, WORKER, () -> steps.progress(id));
                TrustFiles.Deleted deleted = files.delete(trust);
                background.inTrust(trust, WORKER, () -> {
                    steps.filesDeleted(id, deleted.files(), deleted.bytes());
                    return null;
                });
                if (!keycloakClean) {
                    keycloakClean = keycloak.attempt(trust, id); // once more before the certificate; later at start or from the console
                }
            } while (!background.inTrust(trust, WORKER, () -> steps.finished(id)));
            LOG.info(() -> "Erasure " + id + " of trust " + trust + " is done");
            return Outcome.DONE;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Erasure " + id + " of trust " + trust + " failed", e);
            try {
                background.inTrust(trust, WORKER, () -> {
                    steps.failed(id, e.getMessage());
                    return null;
                });
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Could not record the failure of erasure " + id, again);
            }
            return Outcome.FAILED;
        }
    }
}
