package org.openepr.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.export.ExportArchive;
import org.openepr.platform.export.ExportFile;
import org.openepr.platform.export.ExportFolder;
import org.openepr.platform.export.ExportJob;
import org.openepr.platform.export.ExportJobs;
import org.openepr.platform.export.ExportRunner;
import org.openepr.platform.export.ExportState;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * An export interrupted in the middle resumes from its checkpoint: the runner is stopped after two pages (as a server
 * stopping there would), a page is then written past the checkpoint without being recorded (as a crash between the
 * write and the commit would leave it), and the path the server runs at start resumes the job. Every file ends with
 * each resource exactly once, as many as the trust holds, and matches the manifest.
 */
@ExtendWith(ArquillianExtension.class)
class ExportResumeIT {

    static final OdsCode TRUST = OdsCode.of("RAT");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-export-it", NhsNumbers.class, ExportFiles.class, AsAnotherUser.class);
    }

    @Inject TrustContext trust;
    @Inject RegisterPatient register;
    @Inject ExportJobs jobs;
    @Inject ExportRunner runner;
    @Inject ExportFolder folder;

    @BeforeEach
    void theTrustAdminOfRat() {
        trust.bind(new Caller("it.export." + UUID.randomUUID().toString().substring(0, 8), "Ada Admin", "127.0.0.1",
                Set.of(Roles.CLINICIAN, Roles.TRUST_ADMIN)), TRUST);
    }

    static ManagedExecutorService executor() throws Exception {
        return javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    }

    @Test
    void anExportStoppedInTheMiddleResumesWithEveryResourceExactlyOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Resumed", "Rae", "1965-04-0" + (1 + i % 9), "female",
                    "1 Export Way", null, "Leeds", "LS1 4AP", null, true, null, null, null, null, null, null, false, null, null));
        }
        ExportJob job = jobs.request(ExportJob.Via.SCREEN);
        assertThrows(ConflictException.class, () -> jobs.request(ExportJob.Via.SCREEN), "one export of a trust at a time");

        // one page of five at a time, each run stopped as a server stopping would, until it stands in the middle of the
        // patients (12 of them: three pages); every run after the first goes on from the checkpoint the last one left
        ExportJobs.Status stopped;
        ExportFile current;
        int runs = 0;
        do {
            assertEquals(ExportRunner.Outcome.STOPPED, runner.start(TRUST, job.id(), 5, 1).get(2, TimeUnit.MINUTES));
            stopped = jobs.status(job.id());
            assertEquals(ExportState.RUNNING, stopped.job().state(), "failure: " + stopped.job().failure());
            current = stopped.files().stream().filter(f -> !f.finished()).findFirst().orElseThrow();
            assertTrue(++runs < 1000, "reaches the patients");
        } while (!(current.resourceType().equals("Patient") && current.written() >= 5));
        assertTrue(current.written() < current.expected(), "stopped in the middle of the patients: " + current.written());
        assertTrue(current.bytes() > 0 && current.lastKey() != null, "its checkpoint: the last id and the file's length");

        // a page on disk past the checkpoint, never recorded: what a crash between the write and the commit leaves
        Path dir = folder.of(TRUST, job.id());
        Files.writeString(dir.resolve(current.fileName()), "{\"resourceType\":\"" + current.resourceType() + "\",\"id\":\"written-after-the-checkpoint\"}\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);

        List<CompletableFuture<ExportRunner.Outcome>> resumed = executor().submit(runner::resumeUnfinished).get(1, TimeUnit.MINUTES);
        assertFalse(resumed.isEmpty(), "the start-up path found the unfinished job");
        for (var r : resumed) {
            r.get(3, TimeUnit.MINUTES);
        }
        ExportJobs.Status done = jobs.status(job.id());
        assertEquals(ExportState.DONE, done.job().state(), "failure: " + done.job().failure());
        assertEquals(100, done.job().percent());

        JsonObject manifest = Json.createReader(new StringReader(Files.readString(dir.resolve(ExportFolder.MANIFEST)))).readObject();
        assertEquals(TRUST.value(), manifest.getString("trust"));
        assertEquals(done.files().size(), manifest.getJsonArray("files").size());
        long total = 0;
        for (ExportFile f : done.files()) {
            String text = Files.readString(dir.resolve(f.fileName()), StandardCharsets.UTF_8);
            List<String> ids = ExportFiles.ids(f.resourceType(), text);
            assertFalse(ids.contains("written-after-the-checkpoint"), f.resourceType() + ": lines past the checkpoint were cut off");
            assertEquals(f.written(), ids.size(), f.resourceType() + ": the count recorded is the file's");
            if (!f.resourceType().equals("AuditEvent")) { // the trail grows while it is exported; every other table stood still
                assertEquals(f.expected(), ids.size(), f.resourceType() + ": every resource of the trust, each once");
            }
            assertEquals(f.sha256(), ExportFiles.sha256(Files.readAllBytes(dir.resolve(f.fileName()))), f.resourceType());
            total += ids.size();
        }
        assertTrue(total >= 12, "the patients at least: " + total);

        // the archive the admin downloads: the manifest and every file, byte for byte
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportArchive.write(jobs.download(job.id(), "archive"), dir, zip);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                entries.add(e.getName());
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve(e.getName())), content), e.getName());
            }
        }
        assertEquals(ExportFolder.MANIFEST, entries.get(0));
        assertEquals(done.files().size() + 1, entries.size(), entries.toString());
    }

    @Test
    void onlyTheTrustAdminAsksForAnExport() {
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "rat.clinician", Set.of(Roles.CLINICIAN, Roles.PRESCRIBER),
                () -> jobs.request(ExportJob.Via.SCREEN)));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "rat.clinician", Set.of(Roles.CLINICIAN),
                () -> jobs.latest(10)));
    }
}
