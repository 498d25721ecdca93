package org.openepr.it.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.ClinicFixtures;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.EpisodeFixtures;
import org.openepr.it.support.Http;
import org.openepr.it.support.RealmAccounts;
import org.openepr.it.support.Tokens;
import org.openepr.it.support.InServer;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.export.ExportFolder;
import org.openepr.platform.importing.ImportFolder;
import org.openepr.platform.offboarding.ErasedAccount;
import org.openepr.platform.offboarding.ErasedTable;
import org.openepr.platform.offboarding.ErasureCertificatePdf;
import org.openepr.platform.offboarding.Erasure;
import org.openepr.platform.offboarding.ErasureRunner;
import org.openepr.platform.offboarding.ErasureSteps;
import org.openepr.platform.offboarding.ExportReceipt;
import org.openepr.platform.offboarding.TrustOffboarding;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.Trust;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustOnboarding;
import org.openepr.platform.trust.TrustRegistry;

/**
 * Offboarding inside Liberty against the real PostgreSQL and Keycloak, on a trust onboarded here with records in
 * several modules (never a demo trust): refused before the export is confirmed and under legal hold; then sign-in is
 * closed (a real token of its admin gets the closed answer), every table with a trust column holds none of its rows
 * (seen as the superuser), every other trust's rows are untouched, and the certificate's counts match; an erasure
 * stopped after a few batches goes on from its checkpoint; nobody but the operator reaches any of it.
 */
@ExtendWith(ArquillianExtension.class)
class OffboardingIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-it-offboarding", Env.class, Http.class, Http.Answer.class, Tokens.class, RealmAccounts.class,
                AsAnotherUser.class, Beans.class, Codes.class, Db.class, ClinicFixtures.class, ClinicFixtures.Fixture.class,
                EpisodeFixtures.class, EpisodeFixtures.Admitted.class, ServerJdbc.class, ServerJdbc.class.getDeclaredClasses()[0]);
    }

    static final Caller OPERATOR = new Caller("operator", "Olu Operator", "127.0.0.1", Set.of(Roles.HOSTING_OPERATOR));
    static final Set<String> DEMO = Set.of("RAT", "RKL", "TAF", "RWK");

    @Inject
    TrustContext context;

    @Inject
    TrustOnboarding onboarding;

    @Inject
    TrustOffboarding offboarding;

    @Inject
    ErasureRunner runner;

    @Inject
    TrustRegistry registry;

    @Inject
    ExportFolder exportFolder;

    @Inject
    ImportFolder importFolder;

    record Onboarded(String ods, String admin, String password, UUID export) {
    }

    /** Staff of the leaving trust in Keycloak: one who works for it only, and a locum who also works for RAT. */
    record Staff(String clinician, String clinicianId, String locum, String locumId) {
    }

    static Staff staffOf(String ods) {
        String clinician = "clin." + ods.toLowerCase();
        String locum = "locum." + ods.toLowerCase();
        return new Staff(clinician, RealmAccounts.createUser(clinician, List.of(ods), List.of(Roles.CLINICIAN)),
                locum, RealmAccounts.createUser(locum, List.of(ods, "RAT"), List.of(Roles.CLINICIAN)));
    }

    /** Files of the trust on disk: an export's two files and an unpacked import's one; their total size. */
    long filesOf(OdsCode ods, UUID export) throws Exception {
        Path exportDir = exportFolder.of(ods, export);
        Files.writeString(exportDir.resolve("manifest.json"), "{\"output\":[]}");
        Files.writeString(exportDir.resolve("Patient.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"synthetic\"}\n");
        Files.writeString(importFolder.of(ods, UUID.randomUUID()).resolve("Patient.ndjson"), "{\"resourceType\":\"Patient\"}\n");
        return Files.size(exportDir.resolve("manifest.json")) + Files.size(exportDir.resolve("Patient.ndjson"))
                + ("{\"resourceType\":\"Patient\"}\n").length();
    }

    /** A trust onboarded here (the test's request bound to the operator), its admin able to sign in, records in the clinics and episodes modules, a finished export. */
    Onboarded aTrustWithRecords() throws Exception {
        ServerJdbc.register();
        context.bind(OPERATOR, null);
        String ods = Codes.unique();
        String email = "admin." + ods.toLowerCase() + "@it.openepr.invalid";
        onboarding.onboard(Codes.newTrust(ods, email));
        String userId = RealmAccounts.userByUsername(email).orElseThrow().getString("id");
        String password = "it-" + ods + "-Passw0rd";
        RealmAccounts.setPassword(userId, password);
        LocalDateTime start = LocalDateTime.now().plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        var slots = ClinicFixtures.slots(ods, start, start.plusDays(7), start.plusDays(14), start.plusDays(21));
        for (var slot : slots) {
            ClinicFixtures.booking(slot, UUID.randomUUID(), "BOOKED");
        }
        EpisodeFixtures.admission(ods, UUID.randomUUID(), start.minusDays(10), email, null);
        EpisodeFixtures.admission(ods, UUID.randomUUID(), start.minusDays(20), email, start.minusDays(5));
        UUID export = UUID.randomUUID();
        try (Connection c = Db.asSuperuser(); var st = c.prepareStatement("insert into export_job (trust, id, requested_by, requested_at,"
                + " requested_via, state, expected, written, finished_at) values (?, ?, ?, now(), 'SCREEN', 'DONE', 1, 1, now())")) {
            st.setString(1, ods);
            st.setObject(2, export);
            st.setString(3, email);
            st.executeUpdate();
        }
        // a logo (platform table trust_logo): erased with the rest
        try (Connection c = Db.asSuperuser(); var st = c.prepareStatement("insert into trust_logo (trust, kind, media_type, image, sha256,"
                + " version, changed_at, changed_by) values (?, 'header', 'image/svg+xml', ?, ?, 1, now(), ?)")) {
            st.setString(1, ods);
            st.setBytes(2, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            st.setString(3, "0".repeat(64));
            st.setString(4, email);
            st.executeUpdate();
        }
        return new Onboarded(ods, email, password, export);
    }

    /** Rows per table with a trust column, for one trust (or every trust but it), as the superuser sees them. */
    static Map<String, Long> rows(String ods, boolean others) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = Db.asSuperuser()) {
            List<String> tables = new ArrayList<>();
            try (var st = c.prepareStatement("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition and exists (select 1 from pg_attribute a"
                    + " where a.attrelid = c.oid and a.attname = 'trust' and not a.attisdropped)"); var rs = st.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                counts.put(t, Db.count(c, "select count(*) from " + t + " where trust " + (others ? "<>" : "=") + " ?", ods));
            }
        }
        return counts;
    }

    @Test
    void refusedWithoutTheExportConfirmationAndUnderLegalHoldThenErasedCompletelyWithACertificate() throws Exception {
        Onboarded t = aTrustWithRecords();
        OdsCode ods = OdsCode.of(t.ods());
        assertFalse(DEMO.contains(t.ods()));
        String token = Tokens.fresh("epr", "epr-cli", t.admin(), t.password());

        // not before the trust admin confirms the export
        var unconfirmed = assertThrows(ConflictException.class, () -> offboarding.offboard(ods));
        assertEquals("The trust admin of " + t.ods() + " has not confirmed that the export was received: offboarding waits for that confirmation",
                unconfirmed.getMessage());

        // the admin sees the finished export and confirms it; a job that is not theirs is refused naming the field
        var finished = AsAnotherUser.run(t.ods(), t.admin(), Set.of(Roles.TRUST_ADMIN), () -> Beans.get(ExportReceipt.class).finishedExports());
        assertEquals(List.of(t.export()), finished.stream().map(ExportReceipt.FinishedExport::id).toList());
        var notTheirs = assertThrows(InvalidInputException.class, () -> AsAnotherUser.run(t.ods(), t.admin(), Set.of(Roles.TRUST_ADMIN),
                () -> Beans.get(ExportReceipt.class).confirm(UUID.randomUUID())));
        assertEquals("exportJob", notTheirs.problems().get(0).field());
        AsAnotherUser.run(t.ods(), t.admin(), Set.of(Roles.TRUST_ADMIN), () -> Beans.get(ExportReceipt.class).confirm(t.export()));

        // a legal hold blocks it, with its reason; a hold needs a reason
        var noReason = assertThrows(InvalidInputException.class, () -> offboarding.setLegalHold(ods, " "));
        assertEquals("reason", noReason.problems().get(0).field());
        offboarding.setLegalHold(ods, "Coroner's inquest 2026/17");
        var held = assertThrows(ConflictException.class, () -> offboarding.offboard(ods));
        assertEquals("Trust " + t.ods() + " is under legal hold (Coroner's inquest 2026/17): its data cannot be erased until the hold is cleared",
                held.getMessage());
        assertEquals(Trust.Status.ACTIVE, stored(t.ods()).status(), "nothing changed");

        // the application role deletes nothing by itself, and the erasure function refuses a trust not offboarded
        try (Connection app = Db.asApplication()) {
            app.setAutoCommit(false);
            try (var st = app.createStatement()) {
                st.execute("select set_config('epr.trust', '" + t.ods() + "', true)");
                var denied = assertThrows(SQLException.class, () -> st.executeUpdate("delete from clinic where trust = '" + t.ods() + "'"));
                assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
            }
            app.rollback();
            try (var st = app.createStatement()) {
                var refused = assertThrows(SQLException.class, () -> st.executeQuery("select erase_trust_rows('" + t.ods() + "', 'clinic', 10)"));
                assertTrue(refused.getMessage().contains("is not being erased"), refused.getMessage());
            }
            app.rollback();
        }
        offboarding.clearLegalHold(ods, "Inquest closed");
        Staff staff = staffOf(t.ods());
        String locumToken = Tokens.fresh("epr", "epr-cli", staff.locum(), "demo");
        assertEquals(Set.of(t.ods(), "RAT"), trusts(locumToken), "the locum works for both trusts");
        long bytes = filesOf(ods, t.export());

        Map<String, Long> before = rows(t.ods(), false);
        Map<String, Long> othersBefore = rows(t.ods(), true);
        for (String table : List.of("clinic", "session_template", "clinic_session", "slot", "booking", "ward", "episode_of_care", "ward_stay",
                "leave_of_absence", "export_job", "audit_event")) {
            assertTrue(before.get(table) > 0, "the trust holds rows in " + table);
        }

        // offboarded: held back as a server stopping before the first batch would, then 3 batches of 2, then resumed
        runner.holdNewErasures(true);
        UUID id;
        try {
            id = offboarding.offboard(ods);
        } finally {
            runner.holdNewErasures(false);
        }
        assertEquals(Trust.Status.OFFBOARDED, stored(t.ods()).status(), "sign-in closed first");
        assertEquals(ErasureRunner.Outcome.STOPPED, runner.start(ods, id, 2, 3).get(2, TimeUnit.MINUTES));
        Erasure stopped = erasure(ods);
        assertEquals("RUNNING", stopped.state());
        assertTrue(stopped.rowsErased() > 0 && stopped.rowsErased() <= 6, "at most three batches of two rows: " + stopped.rowsErased());
        assertTrue(stopped.tables().stream().anyMatch(x -> !x.done()), "not finished");
        assertEquals(before.values().stream().mapToLong(Long::longValue).sum() - stopped.rowsErased(),
                rows(t.ods(), false).values().stream().mapToLong(Long::longValue).sum(), "exactly the checkpointed rows are gone");
        assertTrue(stopped.tables().stream().map(ErasedTable::table).toList().containsAll(before.keySet()), "every trust table is planned");
        assertEquals(1L, before.get("trust_logo"), "the trust's logo is among its rows");

        // as the server does at start: on a thread of its own, every RUNNING erasure goes on from its checkpoint
        jakarta.enterprise.concurrent.ManagedExecutorService executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        var resumed = executor.submit(runner::resumeUnfinished).get(1, TimeUnit.MINUTES);
        assertEquals(1, resumed.size(), "the stopped erasure is resumed");
        for (var f : resumed) {
            f.get(3, TimeUnit.MINUTES);
        }
        Erasure done = erasure(ods);
        assertEquals("DONE", done.state(), String.valueOf(done.failure()));
        assertNotNull(done.finishedAt());

        // every trust table: none of its rows; every other trust's rows untouched; the certificate says the same
        rows(t.ods(), false).forEach((table, n) -> assertEquals(0L, n, table + " still holds rows of " + t.ods()));
        assertEquals(othersBefore, rows(t.ods(), true), "the other trusts' rows are untouched");
        for (ErasedTable table : done.tables()) {
            assertEquals(before.getOrDefault(table.table(), 0L), table.rowsBefore(), table.table());
            assertEquals(table.rowsBefore(), table.rowsErased(), table.table());
            assertEquals(0L, table.rowsAfter(), table.table());
        }
        assertEquals("operator", done.requestedBy());
        assertEquals(t.admin(), done.exportConfirmedBy());
        assertEquals(t.export(), done.exportJob());
        assertTrue(done.certificateText().contains("Trust: " + t.ods()), done.certificateText());

        // its files on disk are gone, and counted
        assertFalse(Files.exists(exportFolder.ofTrust(ods)), "no export of the trust is left on disk");
        assertFalse(Files.exists(importFolder.ofTrust(ods)), "no unpacked import of the trust is left on disk");
        assertEquals(3, done.filesDeleted());
        assertEquals(bytes, done.bytesDeleted());

        // Keycloak: the group is gone; who worked for this trust only is disabled and can sign in no more; the locum
        // keeps the account and RAT, and still works there
        assertEquals("DONE", done.keycloak().state(), done.keycloakSummary());
        assertTrue(RealmAccounts.group(t.ods()).isEmpty(), "the trust's group is deleted");
        String adminId = RealmAccounts.userByUsername(t.admin()).orElseThrow().getString("id");
        for (String single : List.of(t.admin(), staff.clinician())) {
            assertFalse(RealmAccounts.userByUsername(single).orElseThrow().getBoolean("enabled"), single + " is disabled");
        }
        var refused = assertThrows(IllegalStateException.class, () -> Tokens.fresh("epr", "epr-cli", staff.clinician(), "demo"));
        assertTrue(refused.getMessage().contains("Account disabled"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> Tokens.fresh("epr", "epr-cli", t.admin(), t.password()));
        assertTrue(RealmAccounts.userByUsername(staff.locum()).orElseThrow().getBoolean("enabled"), "the locum keeps the account");
        assertEquals(Set.of("RAT"), RealmAccounts.groups(staff.locumId()));
        String locumNow = Tokens.fresh("epr", "epr-cli", staff.locum(), "demo");
        assertEquals(Set.of("RAT"), trusts(locumNow));
        assertEquals(200, Http.get(Env.BASE_URL + "/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C9990000018", locumNow).status(), "the locum still works for RAT");
        Map<String, ErasedAccount.Action> actions = new TreeMap<>();
        done.keycloak().accounts().forEach(a -> {
            assertTrue(a.done(), a.username());
            actions.put(a.username(), a.action());
        });
        assertEquals(Map.of(t.admin(), ErasedAccount.Action.DISABLE, staff.clinician(), ErasedAccount.Action.DISABLE,
                staff.locum(), ErasedAccount.Action.LEAVE_GROUP), actions);
        assertEquals("RAT", done.keycloak().accounts().stream().filter(a -> a.userId().equals(staff.locumId())).findFirst().orElseThrow().otherTrusts());
        assertTrue(done.keycloak().accounts().stream().anyMatch(a -> a.userId().equals(adminId)));
        assertEquals(1, operatorLines(t.ods(), "TRUST_KEYCLOAK_CLEANED"), "the operator's trail records the clean-up");
        assertTrue(done.certificateText().contains("Files deleted from disk (exports, unpacked imports): 3"), done.certificateText());

        // the certificate for the operator, as JSON and PDF, each download in the operator's trail
        var certificate = offboarding.certificateOf(ods, "json");
        assertEquals(done.id().toString(), certificate.erasure().certificateJson().getString("erasure"));
        assertEquals(3, certificate.erasure().certificateJson().getJsonObject("files").getInt("deleted"));
        assertEquals("Test Onboarded NHS Trust " + t.ods(), certificate.trustName(), "the trust's name outlives its data");
        byte[] pdf = ErasureCertificatePdf.render(certificate.erasure(), certificate.trustName(), "Olu Operator", java.time.Instant.now());
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(1, operatorLines(t.ods(), "ERASURE_CERTIFICATE_DOWNLOADED"));
        assertThrows(ConflictException.class, () -> offboarding.retryKeycloakCleanUp(ods), "nothing left in Keycloak to retry");

        // refused again, and never reinstated
        assertThrows(ConflictException.class, () -> offboarding.offboard(ods));

        // the admin's real token now gets the closed answer (the edge's cache of trusts is at most 30 s old)
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Http.Answer answer;
        do {
            answer = Http.get(Env.BASE_URL + "/fhir/Patient?name=x", token);
            if (answer.body().contains("has left this service")) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < until);
        assertEquals(403, answer.status(), answer.toString());
        assertTrue(answer.body().contains("Trust " + t.ods() + " has left this service (offboarded)"), answer.body());
    }

    @Test
    void anotherTrustsAdminAndCliniciansReachNoneOfIt() throws Exception {
        Onboarded t = aTrustWithRecords();
        OdsCode ods = OdsCode.of(t.ods());
        // another trust's admin: the operator's use cases refused, the job of this trust not there
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "rat.admin", Set.of(Roles.TRUST_ADMIN),
                () -> Beans.get(TrustOffboarding.class).offboard(ods)));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "rat.admin", Set.of(Roles.TRUST_ADMIN),
                () -> Beans.get(TrustOffboarding.class).erasureOf(ods)));
        var notThere = assertThrows(InvalidInputException.class, () -> AsAnotherUser.run("RAT", "rat.admin", Set.of(Roles.TRUST_ADMIN),
                () -> Beans.get(ExportReceipt.class).confirm(t.export())));
        assertEquals("exportJob", notThere.problems().get(0).field());
        assertTrue(AsAnotherUser.run("RAT", "rat.admin", Set.of(Roles.TRUST_ADMIN), () -> Beans.get(ExportReceipt.class).finishedExports())
                .stream().noneMatch(e -> e.id().equals(t.export())));
        // clinicians: neither the admin's confirmation nor the operator's actions nor the worker's steps
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run(t.ods(), "clin", Set.of(Roles.CLINICIAN),
                () -> Beans.get(ExportReceipt.class).confirm(t.export())));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run(t.ods(), "clin", Set.of(Roles.CLINICIAN, Roles.TRUST_ADMIN),
                () -> {
                    Beans.get(TrustOffboarding.class).setLegalHold(ods, "mine");
                    return null;
                }));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run(t.ods(), t.admin(), Set.of(Roles.TRUST_ADMIN),
                () -> Beans.get(ErasureSteps.class).erasureOf(ods)));
        // the certificate is the operator's only: a trust admin and a clinician are refused, before and after
        for (Set<String> roles : List.of(Set.of(Roles.TRUST_ADMIN), Set.of(Roles.CLINICIAN))) {
            assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run(t.ods(), "someone", roles,
                    () -> Beans.get(TrustOffboarding.class).certificateOf(ods, "pdf")));
            assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "rat.admin", roles,
                    () -> Beans.get(TrustOffboarding.class).certificateOf(ods, "json")));
            assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run(t.ods(), "someone", roles, () -> {
                Beans.get(TrustOffboarding.class).retryKeycloakCleanUp(ods);
                return null;
            }));
        }
        assertFalse(stored(t.ods()).legalHold());
        assertEquals(Trust.Status.ACTIVE, stored(t.ods()).status());
    }

    static Set<String> trusts(String token) {
        return RealmAccounts.claims(token).getJsonArray("trusts").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(java.util.stream.Collectors.toSet());
    }

    static long operatorLines(String ods, String action) throws SQLException {
        try (Connection c = Db.asSuperuser()) {
            return Db.count(c, "select count(*) from operator_audit where subject_trust = ? and action = ?", ods, action);
        }
    }

    private Erasure erasure(OdsCode ods) {
        return offboarding.erasureOf(ods).orElseThrow(() -> new AssertionError("no erasure of " + ods));
    }

    record Stored(Trust.Status status, boolean legalHold) {
    }

    /** The trust's row as the database holds it. */
    private static Stored stored(String ods) throws SQLException {
        try (Connection c = Db.asSuperuser(); var st = c.prepareStatement("select status, legal_hold from trust where ods_code = ?")) {
            st.setString(1, ods);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next(), "trust " + ods);
                return new Stored(Trust.Status.valueOf(rs.getString(1)), rs.getBoolean(2));
            }
        }
    }
}
