package org.openepr.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.it.importing.RoundTrip.archive;
import static org.openepr.it.importing.RoundTrip.as;
import static org.openepr.it.importing.RoundTrip.assertSameContent;
import static org.openepr.it.importing.RoundTrip.export;
import static org.openepr.it.importing.RoundTrip.idMap;
import static org.openepr.it.importing.RoundTrip.inTrust;
import static org.openepr.it.importing.RoundTrip.newTrust;
import static org.openepr.it.importing.RoundTrip.patients;
import static org.openepr.it.importing.RoundTrip.rows;
import static org.openepr.it.importing.RoundTrip.upload;
import static org.openepr.it.importing.RoundTrip.waitForImport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.discharge.application.sending.SendingLimits;
import org.openepr.discharge.application.summary.SummarySigningRules;
import org.openepr.it.importing.seed.CaseRecordSeed;
import org.openepr.it.importing.seed.ClinicsSeed;
import org.openepr.it.importing.seed.DischargeSeed;
import org.openepr.it.importing.seed.MedicinesSeed;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.GpMailboxControl;
import org.openepr.it.support.InServer;
import org.openepr.patients.application.PatientIndexSettings;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportState;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.LogoImage;
import org.openepr.platform.trust.TrustLogos;

/**
 * The supplier switch over a trust with every kind of record the modules hold: patients, clinics, medicines, the case
 * record and discharge, each seeded through its own module's use cases (the seeds the modules' own round trips use),
 * with their audit trail; over 10,000 resources. Exported, imported into a new empty trust, exported again: the same
 * resources of every type (ids remapped), and every table holding trust rows has as many in the new trust as in the
 * old, apart from the tables that are the import's and export's own bookkeeping or the trust's configuration.
 */
@ExtendWith(ArquillianExtension.class)
class WholeTrustRoundTripIT {

    static final List<String> MODULES = List.of("patient-index", "clinics", "medicines", "caserecord", "discharge");
    static final int PATIENTS = 1_000;
    static final int DISCHARGED = 100;

    /**
     * Not the trust's records: the jobs' own rows, the trail (which holds the new trust's own lines too), and the receipts
     * of draft saves (the retry keys of a form already saved, not carried: a repeated save of the old trust's form is not
     * recognised as a repeat). The configuration (settings, logo) and the staff directory are compared with the rest.
     */
    static final Set<String> NOT_RECORDS = Set.of("export_job", "export_file", "import_job", "import_file", "import_id", "audit_event",
            "draft_save", "discharge_summary_save");
    static final List<String> CONFIGURATION = List.of("trust_setting", "trust_logo", "staff_member");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-whole-trust-it", AsAnotherUser.class, RoundTrip.class, Beans.class, ClinicsSeed.class,
                MedicinesSeed.class, CaseRecordSeed.class, DischargeSeed.class,
                GpMailboxControl.class, GpMailboxControl.Letter.class);
    }

    @BeforeEach
    @AfterEach
    void mailboxAsNormal() {
        GpMailboxControl.reset();
    }

    @Test
    void everyKindOfRecordComesBackAndTheSecondExportIsTheFirst() throws Exception {
        OdsCode source = newTrust("Whole", MODULES);
        String sourceAdmin = "it.import.whole.source";
        List<UUID> ids = as(source, sourceAdmin, () -> patients(PATIENTS));
        as(source, sourceAdmin, () -> {
            ClinicsSeed.seed(ids);
            MedicinesSeed.seed(ids);
            CaseRecordSeed.seed(ids);
            DischargeSeed.seed(ids.subList(0, DISCHARGED));
            // the trust admin's own decisions, through the modules' settings, and a logo
            Beans.get(SummarySigningRules.class).decide(List.of(Roles.CLINICIAN, Roles.PRESCRIBER), "36");
            Beans.get(SendingLimits.class).change("72");
            Beans.get(PatientIndexSettings.class).allowNhsNumberChanges(Set.of(Roles.CLINICIAN, Roles.CLERK));
            Beans.get(TrustLogos.class).upload(LogoImage.of(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"80\">"
                    + "<rect width=\"300\" height=\"80\" fill=\"#005EB8\"/></svg>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return null;
        });
        Map<String, Long> held = tables(source);
        CONFIGURATION.forEach(t -> assertTrue(held.get(t) > 0, "the source holds " + t));
        Path first = as(source, sourceAdmin, () -> export(source));
        byte[] zip = as(source, sourceAdmin, () -> archive(first));

        OdsCode target = newTrust("Whole", MODULES); // the same name: the documents name the trust
        String targetAdmin = "it.import.whole.target"; // the staff directory comes with the import
        ImportJob job = as(target, targetAdmin, () -> upload(zip));
        ImportJobs.Status loaded = as(target, targetAdmin, () -> waitForImport(job.id()));
        assertEquals(ImportState.DONE, loaded.job().state(), "failure: " + loaded.job().failure());
        assertEquals(loaded.job().expected(), loaded.job().loaded());
        assertTrue(loaded.job().loaded() >= 10_000, "at least 10,000 resources: " + loaded.job().loaded());

        assertEquals(held, tables(target), "every table: as many rows in the new trust as in the old");
        List<String> empty = new ArrayList<>();
        held.forEach((table, n) -> {
            if (n == 0) {
                empty.add(table);
            }
        });
        assertTrue(empty.size() < held.size() / 4, "the seeds filled most tables; empty: " + empty);

        Path second = as(target, targetAdmin, () -> export(target));
        long compared = assertSameContent(first, second, idMap(target, job.id()), source, target,
                l -> !l.contains(targetAdmin) && !l.contains("service:importer"));
        assertTrue(compared >= 10_000, "resources compared: " + compared);
        assertTrue(rows(target, "select count(*) from patient") == PATIENTS);
    }

    /** Rows per table holding trust rows (a {@code trust} column), as the trust sees them, without {@link #NOT_RECORDS}. */
    private static Map<String, Long> tables(OdsCode trust) throws Exception {
        List<String> names = inTrust(trust, c -> {
            List<String> found = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("select c.table_name from information_schema.columns c"
                    + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
                    + " where c.column_name = 'trust' and c.table_schema = current_schema() and t.table_type = 'BASE TABLE'"
                    + " order by c.table_name")) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
        Map<String, Long> counts = new TreeMap<>();
        for (String table : names) {
            if (!NOT_RECORDS.contains(table)) {
                counts.put(table, rows(trust, "select count(*) from " + table));
            }
        }
        return counts;
    }
}
