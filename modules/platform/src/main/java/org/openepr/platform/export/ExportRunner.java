package org.openepr.platform.export;

import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.PlatformReady;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.jobs.BackgroundJobs;
import org.openepr.platform.modules.Modules;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.BackgroundWork;
import org.openepr.platform.trust.TrustRegistry;

/**
 * Runs export jobs off any request, as the trust's background worker ({@link BackgroundWork}: row-level security
 * applies, never the owner role). Per resource type, page after page: read a page (keyset, {@link #PAGE} resources),
 * append it to the type's NDJSON file and force it to disk, then commit the checkpoint (last key, file length). A crash
 * between the two leaves lines past the checkpoint, which the resume cuts off before reading on after the last key, so
 * each resource is in its file exactly once. At start the server resumes every unfinished job of every active trust.
 * One server runs a job at a time (see docs/export.md for several servers).
 */
@ApplicationScoped
public class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());
    static final String WORKER = "exporter";
    public static final int PAGE = 500;

    /** How a run ended. STOPPED: the run was told to stop after some pages, as a server stopping would (tests). */
    public enum Outcome { DONE, STOPPED, CANCELLED, FAILED }

    @Inject
    BackgroundJobs jobsOnThisServer;

    @Inject
    BackgroundWork background;

    @Inject
    Instance<ExportPart> parts;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFolder folder;

    @Inject
    FhirSupport fhir;

    @Inject
    Modules modules;

    @Inject
    Clock clock;

    void resumeAtStart(@Observes PlatformReady ready) {
        jobsOnThisServer.later(this::resumeUnfinished);
    }

    /** What the server does at start: every unfinished job of every active trust goes on from its checkpoint. */
    public List<CompletableFuture<Outcome>> resumeUnfinished() {
        return jobsOnThisServer.resume("export", TrustRegistry.TrustView::isActive, WORKER, jobs::unfinished, this::start);
    }

    public CompletableFuture<Outcome> start(OdsCode trust, UUID jobId) {
        return start(trust, jobId, PAGE, Long.MAX_VALUE);
    }

    /**
     * Runs the job on a managed thread, {@code pageSize} resources a page, stopping after {@code pageLimit} pages as
     * if the server stopped there (the resume tests); a job this server is already running is not started twice.
     */
    public CompletableFuture<Outcome> start(OdsCode trust, UUID jobId, int pageSize, long pageLimit) {
        return jobsOnThisServer.startOnce(jobId, Outcome.STOPPED, () -> run(trust, jobId, pageSize, new long[] {pageLimit}));
    }

    private Outcome run(OdsCode trust, UUID jobId, int pageSize, long[] pagesLeft) {
        try {
            ExportJobs.Status status = background.inWholeTrust(trust, WORKER, () -> {
                ExportJobs.Status now = jobs.progress(jobId);
                return now.job().state().isFinished() || !now.files().isEmpty() ? now : jobs.plan(jobId, plan());
            });
            if (status.job().state().isFinished()) {
                return status.job().state() == ExportState.CANCELLED ? Outcome.CANCELLED : Outcome.DONE;
            }
            Map<String, ExportPart> byType = partsByType();
            Path dir = folder.of(trust, jobId);
            for (ExportFile file : status.files()) {
                if (file.finished()) {
                    continue;
                }
                ExportPart part = byType.get(file.resourceType());
                if (part == null) {
                    throw new IllegalStateException("No export part writes " + file.resourceType() + " any more");
                }
                Outcome outcome = write(trust, jobId, part, file, dir, pageSize, pagesLeft);
                if (outcome != Outcome.DONE) {
                    return outcome;
                }
            }
            background.inWholeTrust(trust, WORKER, () -> {
                ExportJobs.Status finished = jobs.progress(jobId);
                writeManifest(dir, ExportManifest.of(trust, finished, clock.instant()));
                jobs.done(jobId);
                return null;
            });
            LOG.info(() -> "Export " + jobId + " of trust " + trust + " is ready");
            return Outcome.DONE;
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Export " + jobId + " of trust " + trust + " failed", e);
            try {
                background.inWholeTrust(trust, WORKER, () -> {
                    jobs.failed(jobId, e.getMessage());
                    return null;
                });
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Could not record the failure of export " + jobId, again);
            }
            return Outcome.FAILED;
        }
    }

    /**
     * Every type of every module the trust has taken, and of a module it has turned off the types it holds records of,
     * in module order, the audit trail last. Runs in the trust, as the whole-trust worker.
     */
    private List<ExportJobs.Planned> plan() {
        List<ExportJobs.Planned> planned = new ArrayList<>();
        for (ExportPart p : orderedParts()) {
            boolean taken = modules.isTaken(p.module());
            for (String type : p.resourceTypes()) {
                long count = p.count(type);
                if (taken || count > 0) {
                    planned.add(new ExportJobs.Planned(p.module(), type, count));
                }
            }
        }
        return planned;
    }

    private List<ExportPart> orderedParts() {
        return parts.stream().sorted(Comparator.comparing((ExportPart p) -> Access.PLATFORM.equals(p.module()))
                .thenComparing(ExportPart::module)).toList();
    }

    private Map<String, ExportPart> partsByType() {
        Map<String, ExportPart> byType = new LinkedHashMap<>();
        for (ExportPart p : orderedParts()) {
            p.resourceTypes().forEach(t -> byType.put(t, p));
        }
        return byType;
    }

    private Outcome write(OdsCode trust, UUID jobId, ExportPart part, ExportFile file, Path dir, int pageSize, long[] pagesLeft)
            throws IOException {
        String type = file.resourceType();
        Path path = dir.resolve(file.fileName());
        IParser json = fhir.json();
        String after = file.lastKey();
        long bytes = file.bytes();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.truncate(bytes); // lines written after the last checkpoint (a crash between write and commit) go
            channel.position(bytes);
            while (true) {
                if (pagesLeft[0]-- <= 0) {
                    return Outcome.STOPPED;
                }
                String from = after;
                List<ExportPart.Exported> page = background.inWholeTrust(trust, WORKER, () -> part.page(type, from, pageSize));
                if (page.isEmpty()) {
                    break;
                }
                ByteArrayOutputStream lines = new ByteArrayOutputStream();
                for (ExportPart.Exported e : page) {
                    lines.writeBytes(json.encodeResourceToString(e.resource()).getBytes(StandardCharsets.UTF_8));
                    lines.write('\n');
                }
                ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
                bytes += lines.size();
                after = page.get(page.size() - 1).key();
                String key = after;
                long length = bytes;
                boolean goOn = background.inWholeTrust(trust, WORKER, () -> jobs.checkpoint(jobId, type, key, length, page.size()));
                if (!goOn) {
                    return Outcome.CANCELLED;
                }
                if (page.size() < pageSize) {
                    break;
                }
            }
        }
        String digest = ExportFolder.sha256(path);
        background.inWholeTrust(trust, WORKER, () -> {
            jobs.fileFinished(jobId, type, digest);
            return null;
        });
        return Outcome.DONE;
    }

    private static void writeManifest(Path dir, jakarta.json.JsonObject manifest) {
        try {
            Path partial = dir.resolve(ExportFolder.MANIFEST + ".partial");
            Files.writeString(partial, manifest.toString(), StandardCharsets.UTF_8);
            Files.move(partial, dir.resolve(ExportFolder.MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
