package org.openepr.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.PlatformReady;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.jobs.BackgroundJobs;
import org.openepr.platform.security.BackgroundWork;
import org.openepr.platform.trust.TrustRegistry;

/**
 * Loads import jobs off any request, as the trust's background worker ({@link BackgroundWork}: row-level security
 * applies, never the owner role). File after file in the plan's order (each part after the types it needs), batch
 * after batch of {@link #BATCH} lines: each batch is one transaction that writes the records, their new ids and the
 * file's checkpoint (lines loaded) together, so a restart skips exactly the lines already in. At start the server
 * resumes every unfinished job of every active trust; a job runs on one server at a time ({@link BackgroundJobs}).
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    static final String WORKER = "importer";
    public static final int BATCH = 200;

    /** How a run ended. STOPPED: told to stop after some batches, as a server stopping would (tests). */
    public enum Outcome { DONE, STOPPED, FAILED }

    @Inject
    BackgroundJobs jobsOnThisServer;

    @Inject
    BackgroundWork background;

    @Inject
    Instance<ImportPart> parts;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportFolder folder;

    void resumeAtStart(@Observes PlatformReady ready) {
        jobsOnThisServer.later(this::resumeUnfinished);
    }

    /** What the server does at start: every unfinished job of every active trust goes on from its checkpoint. */
    public List<CompletableFuture<Outcome>> resumeUnfinished() {
        return jobsOnThisServer.resume("import", TrustRegistry.TrustView::isActive, WORKER, jobs::unfinished, this::start);
    }

    public CompletableFuture<Outcome> start(OdsCode trust, UUID jobId) {
        return start(trust, jobId, BATCH, Long.MAX_VALUE);
    }

    /** Runs the job on a managed thread, stopping after {@code batchLimit} batches as a server stopping would. */
    public CompletableFuture<Outcome> start(OdsCode trust, UUID jobId, int batchSize, long batchLimit) {
        return jobsOnThisServer.startOnce(jobId, Outcome.STOPPED, () -> run(trust, jobId, batchSize, new long[] {batchLimit}));
    }

    /** The parts by the types they read. */
    Map<String, ImportPart> partsByType() {
        Map<String, ImportPart> byType = new HashMap<>();
        for (ImportPart p : parts) {
            p.resourceTypes().forEach(t -> byType.put(t, p));
        }
        return byType;
    }

    List<ImportPart> orderedParts() {
        return ImportOrder.of(parts.stream().toList());
    }

    private Outcome run(OdsCode trust, UUID jobId, int batchSize, long[] batchesLeft) {
        try {
            ImportJobs.Status status = background.inTrust(trust, WORKER, () -> jobs.progress(jobId));
            if (status.job().state().isFinished()) {
                return status.job().state() == ImportState.DONE ? Outcome.DONE : Outcome.FAILED;
            }
            IdMap ids = background.inTrust(trust, WORKER, () -> jobs.ids(jobId));
            Map<String, ImportPart> byType = partsByType();
            Path dir = folder.of(trust, jobId);
            ImportArchive.check(dir); // the files on disk are still the ones that passed
            for (ImportFile file : status.files()) {
                if (file.finished()) {
                    continue;
                }
                ImportPart part = byType.get(file.resourceType());
                if (part == null) {
                    throw new IllegalStateException("No import part reads " + file.resourceType() + " any more");
                }
                if (!load(trust, jobId, part, file, dir.resolve(file.fileName()), ids, batchSize, batchesLeft)) {
                    return Outcome.STOPPED;
                }
            }
            background.inTrust(trust, WORKER, () -> {
                jobs.done(jobId);
                return null;
            });
            try {
                ImportFolder.remove(dir); // loaded and committed: the unpacked copy holds patient data nothing needs any more
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import " + jobId + " is loaded; its unpacked archive could not be removed (offboarding would)", e);
            }
            LOG.info(() -> "Import " + jobId + " into trust " + trust + " is loaded");
            return Outcome.DONE;
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " into trust " + trust + " failed", e);
            try {
                background.inTrust(trust, WORKER, () -> {
                    jobs.failed(jobId, e.getMessage());
                    return null;
                });
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Could not record the failure of import " + jobId, again);
            }
            return Outcome.FAILED;
        }
    }

    /** False if stopped before the file's end. */
    private boolean load(OdsCode trust, UUID jobId, ImportPart part, ImportFile file, Path path, IdMap ids, int batchSize,
            long[] batchesLeft) throws IOException {
        long seen = 0; // resources (non-blank lines) read so far
        List<String> lines = new ArrayList<>(batchSize);
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                if (text.isBlank() || seen++ < file.loaded()) {
                    continue; // the lines before the checkpoint are in from an earlier run
                }
                lines.add(text);
                if (lines.size() == batchSize && !batch(trust, jobId, part, file.resourceType(), seen - lines.size(), lines, ids, batchesLeft)) {
                    return false;
                }
            }
        }
        return lines.isEmpty() || batch(trust, jobId, part, file.resourceType(), seen - lines.size(), lines, ids, batchesLeft);
    }

    private boolean batch(OdsCode trust, UUID jobId, ImportPart part, String type, long first, List<String> lines, IdMap ids,
            long[] batchesLeft) {
        if (batchesLeft[0]-- <= 0) {
            return false;
        }
        List<String> batchLines = List.copyOf(lines);
        IdMap batch = ids.batch();
        if (background.inTrust(trust, WORKER, () -> jobs.load(jobId, part, type, first, batchLines, batch))) {
            ids.merge(batch); // only once its transaction has committed
        }
        lines.clear();
        return true;
    }
}
