package org.openepr.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.it.importing.RoundTrip.archive;
import static org.openepr.it.importing.RoundTrip.as;
import static org.openepr.it.importing.RoundTrip.export;
import static org.openepr.it.importing.RoundTrip.newTrust;
import static org.openepr.it.importing.RoundTrip.rows;
import static org.openepr.it.importing.RoundTrip.upload;
import static org.openepr.it.importing.RoundTrip.waitForImport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.discharge.application.sending.SendingLimits;
import org.openepr.discharge.application.summary.SummarySigningRules;
import org.openepr.discharge.domain.summary.SigningRules;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.InServer;
import org.openepr.patients.application.PatientIndexSettings;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportState;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.trust.LogoImage;
import org.openepr.platform.trust.TrustLogos;

/**
 * The trust's configuration and staff directory in an import into a trust its admin has already begun to set up: the
 * target's own decisions and logo stand (the trail says so), the export's fill in the rest, the directory keeps each
 * person's later sign-in and gives nobody access; a logo changed by hand in the archive to carry script is refused as
 * an upload would be, before anything is written.
 */
@ExtendWith(ArquillianExtension.class)
class TrustConfigurationImportIT {

    static final List<String> MODULES = List.of("patient-index", "clinics", "medicines", "caserecord", "discharge");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-config-import-it", AsAnotherUser.class, RoundTrip.class, Beans.class);
    }

    @Test
    void theTargetsOwnDecisionsAndLogoStandAndTheDirectoryKeepsEachLaterSignIn() throws Exception {
        OdsCode source = newTrust("Config", MODULES);
        OdsCode target = newTrust("Config", MODULES);
        String sourceAdmin = "it.import.config.source";
        String targetAdmin = "it.import.config.target";
        String both = "it.import.config.both." + target.value(); // signed in to the target first, later to the source
        String here = "it.import.config.here." + target.value(); // signed in to the source first, later to the target
        signIn(target, both, Roles.CLERK);

        signIn(source, here, Roles.CLINICIAN);
        signIn(source, both, Roles.CLINICIAN, Roles.PRESCRIBER);
        as(source, sourceAdmin, () -> {
            Beans.get(StaffDirectory.class).signedIn();
            Beans.get(SummarySigningRules.class).decide(List.of(Roles.CLINICIAN, Roles.PRESCRIBER), "36");
            Beans.get(SendingLimits.class).change("72");
            Beans.get(PatientIndexSettings.class).allowNhsNumberChanges(Set.of(Roles.CLINICIAN, Roles.CLERK));
            Beans.get(TrustLogos.class).upload(LogoImage.of(svg("#005EB8")));
            return null;
        });
        Path first = as(source, sourceAdmin, () -> export(source));
        byte[] zip = as(source, sourceAdmin, () -> archive(first));

        // the target's admin sets it up before loading the archive
        as(target, targetAdmin, () -> {
            Beans.get(StaffDirectory.class).signedIn();
            Beans.get(SummarySigningRules.class).decide(List.of(Roles.CLINICIAN), "12");
            Beans.get(TrustLogos.class).upload(LogoImage.of(svg("#AE2573")));
            Beans.get(org.openepr.discharge.application.episodes.WardSetup.class).add(java.util.UUID.randomUUID(), "Target ward");
            Beans.get(org.openepr.caserecord.application.notes.NoteTypeSetup.class).add("Target note type");
            return null;
        });
        signIn(target, here, Roles.CLERK);

        // settings, a logo, a directory, a ward, a note type: set-up, not records, so still "empty"
        ImportJob job = as(target, targetAdmin, () -> upload(zip));
        ImportJobs.Status loaded = as(target, targetAdmin, () -> waitForImport(job.id()));
        assertEquals(ImportState.DONE, loaded.job().state(), "failure: " + loaded.job().failure());

        as(target, targetAdmin, () -> {
            assertEquals(new SigningRules(Set.of(Roles.CLINICIAN), 12), Beans.get(SummarySigningRules.class).current(),
                    "the target's own signing rules stand");
            assertEquals(72, Beans.get(SendingLimits.class).current().unacknowledgedHours(), "the export's sending limit, not decided here");
            assertEquals(Set.of(Roles.CLINICIAN, Roles.CLERK), Beans.get(PatientIndexSettings.class).nhsNumberChangers());
            assertEquals(LogoImage.of(svg("#AE2573")), Beans.get(TrustLogos.class).current().orElseThrow(), "the target's own logo stays");
            assertTrue(Beans.get(org.openepr.discharge.application.episodes.WardSetup.class).all().stream()
                    .anyMatch(w -> w.name().equals("Target ward")), "the target's own ward stays");
            assertTrue(Beans.get(org.openepr.caserecord.application.notes.NoteTypeSetup.class).all().stream()
                    .anyMatch(t -> t.name().equals("Target note type")), "the target's own note type stays");

            Map<String, StaffMember> staff = Beans.get(StaffDirectory.class).all();
            assertEquals(List.of(Roles.CLINICIAN, Roles.PRESCRIBER), staff.get(both).roles(), "the source's sign-in was later");
            assertEquals(List.of(Roles.CLERK), staff.get(here).roles(), "the target's sign-in was later");
            assertTrue(staff.containsKey(sourceAdmin), "the source's staff are named here: " + staff.keySet());
            assertTrue(staff.containsKey(targetAdmin));
            assertTrue(Beans.get(StaffDirectory.class).nameOf(sourceAdmin).startsWith(sourceAdmin + " (Clinician"), "named as in the source");
            return null;
        });
        assertEquals(2, rows(target, "select count(*) from audit_event where action = 'TRUST_SETTING_KEPT_ON_IMPORT'"
                + " and actor = 'service:importer' and detail like 'this trust''s % stands; the export''s was %'"), "signers and hours kept");
        assertEquals(2, rows(target, "select count(*) from audit_event where action = 'TRUST_SETTING_IMPORTED'"),
                "the sending limit and the NHS number changers taken");
        assertEquals(1, rows(target, "select count(*) from audit_event where action = 'TRUST_LOGO_KEPT_ON_IMPORT'"));
        assertEquals(0, rows(target, "select count(*) from audit_event where action = 'TRUST_LOGO_IMPORTED'"));
    }

    @Test
    void aLogoWithScriptPlantedInTheArchiveIsRefusedAndNothingIsWritten() throws Exception {
        OdsCode source = newTrust("Logo", List.of("patient-index"));
        String admin = "it.import.logo.admin";
        as(source, admin, () -> {
            Beans.get(TrustLogos.class).upload(LogoImage.of(svg("#005EB8")));
            return null;
        });
        Path first = as(source, admin, () -> export(source));
        byte[] zip = as(source, admin, () -> archive(first));
        String script = Base64.getEncoder().encodeToString(("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('//evil')</script></svg>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] planted = RoundTrip.tampered(zip, "Binary.ndjson", s -> s.replaceFirst("\"data\":\"[^\"]+\"", "\"data\":\"" + script + "\""));

        OdsCode target = newTrust("Logo", List.of("patient-index"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as(target, admin, () -> upload(planted)));
        assertEquals(LogoImage.FIELD, refused.problems().get(0).field());
        assertTrue(refused.getMessage().contains("Binary/header") && refused.getMessage().contains("<script>")
                && refused.getMessage().contains("nothing was imported"), refused.getMessage());
        assertEquals(0, rows(target, "select count(*) from import_job"), "no job");
        assertEquals(0, rows(target, "select count(*) from trust_logo"), "no logo");
        assertEquals(0, rows(target, "select count(*) from trust_setting"));
        assertTrue(as(target, admin, () -> Beans.get(TrustLogos.class).current()).isEmpty());

        ImportJob job = as(target, admin, () -> upload(zip)); // the archive as exported loads
        assertEquals(ImportState.DONE, as(target, admin, () -> waitForImport(job.id())).job().state());
        assertEquals(LogoImage.of(svg("#005EB8")), as(target, admin, () -> Beans.get(TrustLogos.class).current()).orElseThrow());
    }

    /**
     * A setting its module could not read (hours to signature "soon": every discharge page would fail for the trust) is
     * refused before the job, by the module's own rules, naming the setting; a valid one the module knows loads.
     */
    @Test
    void aSettingItsModuleCannotReadIsRefusedAndNothingIsWritten() throws Exception {
        OdsCode source = newTrust("Settings", MODULES);
        String admin = "it.import.settings.admin";
        as(source, admin, () -> {
            Beans.get(SummarySigningRules.class).decide(List.of(Roles.CLINICIAN), "36");
            return null;
        });
        Path first = as(source, admin, () -> export(source));
        byte[] zip = as(source, admin, () -> archive(first));
        byte[] unreadable = RoundTrip.tampered(zip, "Parameters.ndjson", s -> s.replace("\"valueString\":\"36\"", "\"valueString\":\"soon\""));

        OdsCode target = newTrust("Settings", MODULES);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as(target, admin, () -> upload(unreadable)));
        assertTrue(refused.getMessage().contains("discharge.summary.maxHoursToSign") && refused.getMessage().contains("soon")
                && refused.getMessage().contains("nothing was imported"), refused.getMessage());
        assertEquals(0, rows(target, "select count(*) from import_job"), "no job");
        assertEquals(0, rows(target, "select count(*) from trust_setting"), "no setting");

        ImportJob job = as(target, admin, () -> upload(zip));
        assertEquals(ImportState.DONE, as(target, admin, () -> waitForImport(job.id())).job().state());
        assertEquals(36, as(target, admin, () -> Beans.get(SummarySigningRules.class).current()).maxHoursToSign());
    }

    private static void signIn(OdsCode trust, String user, String... roles) {
        AsAnotherUser.run(trust.value(), user, Set.of(roles), () -> {
            Beans.get(StaffDirectory.class).signedIn();
            return null;
        });
    }

    private static byte[] svg(String colour) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"80\"><rect width=\"300\" height=\"80\" fill=\""
                + colour + "\"/></svg>").getBytes(StandardCharsets.UTF_8);
    }
}
