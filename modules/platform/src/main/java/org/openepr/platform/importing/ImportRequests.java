package org.openepr.platform.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.export.ExportPart;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.modules.Modules;
import org.openepr.platform.security.BackgroundWork;
import org.openepr.platform.trust.TrustContext;

/**
 * The trust admin uploads an export archive to load into this trust. Before anything is written: the archive is
 * unpacked and checked against its manifest ({@link ImportArchive}), every type in it must have a part that reads it
 * in a module the trust has taken, and the trust must be empty (no record of any module; its own audit trail, settings,
 * logo and staff directory do not count: {@link ExportPart#holdsRecords}). Then the job is saved with its plan and handed
 * to the runner. A refused archive leaves nothing behind.
 */
@ApplicationScoped
public class ImportRequests {

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRunner runner;

    @Inject
    ImportFolder folder;

    @Inject
    TrustContext trustContext;

    @Inject
    Modules modules;

    @Inject
    BackgroundWork background;

    @Inject
    Instance<ExportPart> exportParts;

    @Resource
    ManagedExecutorService executor;

    public ImportJob request(InputStream archive) {
        jobs.latest(1); // the trust admin's, before a byte is unpacked (the use case checks who asks)
        OdsCode trust = trustContext.requireTrust();
        Map<String, Long> held = holdings(trust);
        if (!held.isEmpty()) {
            throw new ConflictException(ImportArchive.FIELD, "This trust is not empty (it holds " + describe(held)
                    + "): an export is loaded only into an empty trust; nothing was imported");
        }
        UUID jobId = UUID.randomUUID();
        Path dir = folder.of(trust, jobId);
        try {
            ImportArchive.Checked checked = ImportArchive.unpack(archive, dir);
            List<ImportJobs.Planned> plan = plan(checked);
            ImportJob job = jobs.create(jobId, checked, plan); // committed here: the runner's transactions find it
            runner.start(trust, jobId);
            return job;
        } catch (RuntimeException e) {
            ImportFolder.remove(dir);
            throw e;
        }
    }

    /** The archive's non-empty files in loading order; refuses a type nothing here reads or a module not taken. */
    private List<ImportJobs.Planned> plan(ImportArchive.Checked checked) {
        Map<String, Long> counts = new LinkedHashMap<>();
        checked.files().stream().filter(f -> f.count() > 0).forEach(f -> counts.put(f.resourceType(), f.count()));
        Map<String, ImportPart> byType = runner.partsByType();
        List<String> unreadable = counts.keySet().stream().filter(t -> !byType.containsKey(t)).toList();
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(ImportArchive.FIELD, "This server cannot import " + String.join(", ", unreadable)
                    + " yet (see docs/export.md, Import); nothing was imported");
        }
        List<ImportJobs.Planned> plan = new ArrayList<>();
        for (ImportPart part : runner.orderedParts()) {
            for (String type : part.resourceTypes()) {
                if (!counts.containsKey(type)) {
                    continue;
                }
                if (!modules.isTaken(part.module())) {
                    throw new InvalidInputException(ImportArchive.FIELD, "The archive holds " + type + " records, but this trust has not "
                            + "taken the module " + part.module() + "; nothing was imported");
                }
                checked.files().stream().filter(f -> f.resourceType().equals(type)).findFirst()
                        .ifPresent(f -> part.checkBeforeLoading(type, checked.dir().resolve(f.fileName())));
                plan.add(new ImportJobs.Planned(part.module(), type, counts.get(type)));
            }
        }
        return plan;
    }

    /** What the trust holds now, per type, counted by the modules' own export parts as its background worker. */
    private Map<String, Long> holdings(OdsCode trust) {
        try {
            // as the whole-trust worker: records of a module the trust has turned off make it not empty too
            return executor.submit(() -> background.inWholeTrust(trust, ImportRunner.WORKER, () -> {
                Map<String, Long> held = new LinkedHashMap<>();
                for (ExportPart part : exportParts) {
                    for (String type : part.resourceTypes()) {
                        long n = part.holdsRecords(type) ? part.count(type) : 0; // the trail, settings, logo, directory: not records
                        if (n > 0) {
                            held.put(type, n);
                        }
                    }
                }
                return held;
            })).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Map<String, Long> held) {
        return String.join(", ", held.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }
}
