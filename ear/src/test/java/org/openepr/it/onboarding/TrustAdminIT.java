package org.openepr.it.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.hl7.fhir.r4.model.Flag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.CaseRecordResources;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openepr.platform.audit.AuditEvent;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.LogoImage;
import org.openepr.platform.trust.TrustBranding;
import org.openepr.platform.trust.NoTrustBoundException;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustLogos;
import org.openepr.platform.trust.TrustModules;
import org.openepr.platform.trust.TrustRegistry;

/**
 * The trust admin's modules and logo, inside their own trust only: a module turned off is refused by the API at once and
 * its records come back when it is turned on again; the patient index cannot go; every change audited; a stale form
 * saves nothing. The logo is checked by its content, stored under the trust's row-level security, and only ever the
 * caller's own trust's. The operator changes neither.
 */
@ExtendWith(ArquillianExtension.class)
class TrustAdminIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-it-trust-admin", Env.class, Http.class, Http.Answer.class, Tokens.class, AsAnotherUser.class, Beans.class,
                Db.class, Fhir.class, NhsNumbers.class, CaseRecordResources.class, ServerClock.class, ServerJdbc.class,
                ServerJdbc.class.getDeclaredClasses()[0]);
    }

    static final Caller OPERATOR = new Caller("operator", "Olu Operator", "127.0.0.1", Set.of(Roles.HOSTING_OPERATOR));

    @Inject
    TrustContext context;

    private static <T> T asAdminOf(String ods, Callable<T> work) {
        return AsAnotherUser.run(ods, ods.toLowerCase() + ".admin", Set.of(Roles.TRUST_ADMIN), work);
    }

    private static TrustModules modules() {
        return Beans.get(TrustModules.class);
    }

    /** The trust's modules as the registry (and so the edge) sees them; their order is the installation's, not the file's. */
    private static Set<String> modulesOf(String ods) {
        return Set.copyOf(Beans.get(TrustRegistry.class).find(OdsCode.of(ods)).orElseThrow().modules());
    }

    private static List<String> trail(String ods) {
        return asAdminOf(ods, () -> Beans.get(ReadAuditTrail.class).about(ods)).stream().map(AuditEvent::action).toList();
    }

    private static void choose(String ods, List<String> wanted) {
        asAdminOf(ods, () -> {
            modules().choose(modules().current().version(), wanted);
            return null;
        });
    }

    /**
     * The answer once it has this status. The test's archive is an application of its own beside the product's: the
     * product's edge re-reads the trusts within 30 s of a change made here (as another instance would), so it is awaited.
     */
    private static Http.Answer awaitStatus(String url, String token, int status) throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(45);
        Http.Answer answer = Http.get(url, token);
        while (answer.status() != status && System.nanoTime() < until) {
            Thread.sleep(250);
            answer = Http.get(url, token);
        }
        return answer;
    }

    static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        var image = new BufferedImage(120, 32, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x00, 0x70, 0x3C));
        g.fillRect(0, 0, 120, 32);
        g.dispose();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aModuleTurnedOffIsRefusedAtOnceAndItsRecordsComeBackWhenItIsTurnedOn() throws Exception {
        ServerJdbc.register();
        List<String> before = List.copyOf(modulesOf("TAF"));
        assertTrue(before.contains("caserecord"), "TAF has the case record: " + before);
        String token = Tokens.of("taf.clinician");
        String patient = Fhir.register(token, Fhir.patient(NhsNumbers.next(), "Modular", "Mo", "1971-05-05")).getIdPart();
        Flag flag = CaseRecordResources.flag(patient, "risk-to-others", "high", ServerClock.today().plusMonths(2), "Modules test flag");
        var made = Http.post(Env.BASE_URL + "/fhir/Flag", token, Fhir.json(flag), Map.of());
        assertEquals(201, made.status(), made.toString());
        String flagUrl = Env.BASE_URL + "/fhir/Flag/" + Fhir.parse(Flag.class, made.body()).getIdPart();
        assertEquals(200, Http.get(flagUrl, token).status());
        try {
            List<String> without = new ArrayList<>(before);
            without.remove("caserecord");
            choose("TAF", without);
            assertEquals(Set.copyOf(without), modulesOf("TAF"), "the registry sees it at once");

            var refused = awaitStatus(flagUrl, token, 403);
            assertEquals(403, refused.status(), refused.toString());
            assertTrue(refused.body().contains("Your trust has not taken the case record"), refused.body());
            assertEquals(403, Http.get(Env.BASE_URL + "/fhir/Flag?patient=" + patient, token).status(), "searches too");
            assertEquals(200, Http.get(Env.BASE_URL + "/fhir/Patient/" + patient, token).status(), "the other modules work on");
            assertFalse(AsAnotherUser.run("TAF", "taf.clinician", Set.of(Roles.CLINICIAN),
                    () -> Beans.get(org.openepr.platform.security.Permissions.class)
                            .allows(org.openepr.caserecord.application.facts.RiskAlerts.class)), "its screens and menu entries are gone");
            try (Connection su = Db.asSuperuser()) {
                assertEquals(1, Db.count(su, "select count(*) from risk_alert where trust = 'TAF' and patient_id = cast(? as uuid)", patient),
                        "the record is kept");
            }
            // and it goes with the trust: the whole-trust export holds the turned-off module's records
            String flagId = Fhir.parse(Flag.class, made.body()).getIdPart();
            java.nio.file.Path exported = asAdminOf("TAF", () -> {
                var job = Beans.get(org.openepr.platform.export.ExportJobs.class).request(org.openepr.platform.export.ExportJob.Via.SCREEN);
                assertEquals(org.openepr.platform.export.ExportRunner.Outcome.DONE, Beans.get(org.openepr.platform.export.ExportRunner.class)
                        .start(OdsCode.of("TAF"), job.id()).get(5, java.util.concurrent.TimeUnit.MINUTES));
                return Beans.get(org.openepr.platform.export.ExportFolder.class).of(OdsCode.of("TAF"), job.id());
            });
            assertTrue(java.nio.file.Files.readString(exported.resolve("Flag.ndjson")).contains("\"id\":\"" + flagId + "\""),
                    "the export holds the flag of the turned-off case record");
        } finally {
            choose("TAF", before);
        }
        assertEquals(Set.copyOf(before), modulesOf("TAF"));
        var back = awaitStatus(flagUrl, token, 200);
        assertEquals(200, back.status(), back.toString());
        Flag again = Fhir.parse(Flag.class, back.body());
        assertEquals(Fhir.parse(Flag.class, made.body()).getIdPart(), again.getIdPart());
        assertTrue(again.getCode().getText().endsWith("Modules test flag"), "the same record, back: " + again.getCode().getText());
        assertTrue(AsAnotherUser.run("TAF", "taf.clinician", Set.of(Roles.CLINICIAN), () -> Beans.get(org.openepr.platform.security.Permissions.class)
                .allows(org.openepr.caserecord.application.facts.RiskAlerts.class)), "its screens are back");

        var changes = asAdminOf("TAF", () -> Beans.get(ReadAuditTrail.class).about("TAF")).stream()
                .filter(a -> a.action().equals("TRUST_MODULES_CHANGED")).map(AuditEvent::detail).toList();
        assertTrue(changes.size() >= 2, changes.toString());
        assertTrue(changes.get(0).startsWith("turned on: the case record"), changes.get(0));
        assertTrue(changes.get(1).startsWith("turned off: the case record"), changes.get(1));
    }

    @Test
    void thePatientIndexStaysAStaleFormSavesNothingAndNoOtherTrustChanges() {
        Set<String> taf = modulesOf("TAF");
        Map<String, Set<String>> others = Map.of("RAT", modulesOf("RAT"), "RKL", modulesOf("RKL"), "RWK", modulesOf("RWK"));
        var essential = assertThrows(InvalidInputException.class, () -> choose("TAF", List.of("clinics")));
        assertEquals("modules", essential.problems().get(0).field());
        assertEquals("The patient index cannot be turned off: every trust has it", essential.problems().get(0).message());
        var unknown = assertThrows(InvalidInputException.class, () -> choose("TAF", List.of("patient-index", "platform")));
        assertEquals("Unknown module: platform", unknown.problems().get(0).message(), "the shell is not a module to take");

        var shown = asAdminOf("TAF", () -> modules().current());
        assertTrue(shown.modules().stream().anyMatch(m -> m.name().equals("patient-index") && m.taken() && m.locked() != null));
        // someone changes the trust meanwhile (here its branding): the form read before is stale
        var branding = asAdminOf("TAF", () -> Beans.get(TrustBranding.class).current());
        try {
            asAdminOf("TAF", () -> {
                Beans.get(TrustBranding.class).rebrand(branding, new TrustBranding.Branding(branding.name(), branding.shortName(), "#123456"));
                return null;
            });
            assertThrows(StaleEditException.class, () -> asAdminOf("TAF", () -> {
                modules().choose(shown.version(), List.of("patient-index"));
                return null;
            }));
            assertEquals(taf, modulesOf("TAF"), "nothing saved");
        } finally {
            var now = asAdminOf("TAF", () -> Beans.get(TrustBranding.class).current());
            asAdminOf("TAF", () -> {
                Beans.get(TrustBranding.class).rebrand(now, branding);
                return null;
            });
        }
        // the use case takes no trust: an admin of RAT reads and changes RAT's choice only
        var rat = asAdminOf("RAT", () -> modules().current());
        assertEquals(modulesOf("RAT"), rat.modules().stream().filter(TrustModules.Module::taken).map(TrustModules.Module::name)
                .collect(java.util.stream.Collectors.toSet()));
        others.forEach((ods, modules) -> assertEquals(modules, modulesOf(ods), ods + " untouched"));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("TAF", "taf.clinician", Set.of(Roles.CLINICIAN), () -> modules().current()),
                "trust admins only");
    }

    @Test
    void theLogoIsCheckedByItsContentAndOnlyEverTheCallersOwnTrusts() throws Exception {
        ServerJdbc.register();
        byte[] png = png();
        var gif = assertThrows(InvalidInputException.class, () -> LogoImage.read(new ByteArrayInputStream("GIF89a-not-allowed".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("logo", gif.problems().get(0).field());
        var big = assertThrows(InvalidInputException.class, () -> LogoImage.read(new ByteArrayInputStream(new byte[300 * 1024])));
        assertEquals("logo", big.problems().get(0).field());
        assertTrue(big.problems().get(0).message().contains("200 KB"), big.problems().get(0).message());
        var script = assertThrows(InvalidInputException.class, () -> LogoImage.of(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('/fhir/Patient')</script></svg>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("logo", script.problems().get(0).field());

        LogoImage logo = LogoImage.read(new ByteArrayInputStream(png));
        try {
            asAdminOf("TAF", () -> {
                Beans.get(TrustLogos.class).upload(logo);
                return null;
            });
            assertEquals(logo.sha256(), Beans.get(TrustRegistry.class).find(OdsCode.of("TAF")).orElseThrow().logoSha256(), "the header sees it at once");
            var seen = AsAnotherUser.run("TAF", "taf.clerk", Set.of(Roles.CLERK), () -> Beans.get(TrustLogos.class).current()).orElseThrow();
            assertEquals(LogoImage.PNG, seen.mediaType());
            assertTrue(java.util.Arrays.equals(png, seen.bytes()), "the same bytes back");

            // RAT's staff and admin reach only RAT's logo (none): the use case takes no trust, so nothing can name TAF's
            assertTrue(AsAnotherUser.run("RAT", "rat.clinician", Set.of(Roles.CLINICIAN), () -> Beans.get(TrustLogos.class).current()).isEmpty());
            assertFalse(asAdminOf("RAT", () -> Beans.get(TrustLogos.class).remove()), "RAT's admin removes RAT's (none), never TAF's");
            assertTrue(AsAnotherUser.run("TAF", "taf.clinician", Set.of(Roles.CLINICIAN), () -> Beans.get(TrustLogos.class).current()).isPresent());
            assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("TAF", "taf.clinician", Set.of(Roles.CLINICIAN), () -> {
                Beans.get(TrustLogos.class).upload(logo);
                return null;
            }), "trust admins only");

            // the second lock: as the application's database role, bound to RAT, TAF's row is not there
            try (Connection app = Db.asApplication()) {
                app.setAutoCommit(false);
                try (var st = app.prepareStatement("select set_config('epr.trust', 'RAT', true)")) {
                    st.executeQuery().close();
                }
                assertEquals(0, Db.count(app, "select count(*) from trust_logo where trust = 'TAF'"));
                app.rollback();
            }
            try (Connection su = Db.asSuperuser()) {
                assertEquals(1, Db.count(su, "select count(*) from trust_logo where trust = 'TAF' and image is not null"));
            }
        } finally {
            assertTrue(asAdminOf("TAF", () -> Beans.get(TrustLogos.class).remove()));
        }
        assertTrue(asAdminOf("TAF", () -> Beans.get(TrustLogos.class).current()).isEmpty());
        assertEquals(null, Beans.get(TrustRegistry.class).find(OdsCode.of("TAF")).orElseThrow().logoSha256());
        var trail = trail("TAF");
        assertTrue(trail.containsAll(List.of("TRUST_LOGO_CHANGED", "TRUST_LOGO_REMOVED")), trail.toString());
    }

    @Test
    void theOperatorChangesNeitherATrustsModulesNorItsBranding() throws Exception {
        Set<String> before = modulesOf("TAF");
        context.bind(OPERATOR, null);
        assertThrows(NoTrustBoundException.class, () -> Beans.get(TrustModules.class).current(), "no trust, and not a trust admin");
        assertThrows(NoTrustBoundException.class, () -> Beans.get(TrustModules.class).choose(0, List.of("patient-index")));
        assertThrows(NoTrustBoundException.class, () -> Beans.get(TrustLogos.class).upload(LogoImage.of(png())));
        assertThrows(NoTrustBoundException.class, () -> Beans.get(TrustLogos.class).remove());
        assertThrows(NoTrustBoundException.class, () -> Beans.get(TrustBranding.class).current());
        assertEquals(before, modulesOf("TAF"));
    }
}
