package org.openepr.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.it.importing.RoundTrip.archive;
import static org.openepr.it.importing.RoundTrip.as;
import static org.openepr.it.importing.RoundTrip.assertSameContent;
import static org.openepr.it.importing.RoundTrip.export;
import static org.openepr.it.importing.RoundTrip.idMap;
import static org.openepr.it.importing.RoundTrip.newTrust;
import static org.openepr.it.importing.RoundTrip.patients;
import static org.openepr.it.importing.RoundTrip.rows;
import static org.openepr.it.importing.RoundTrip.upload;
import static org.openepr.it.importing.RoundTrip.waitForImport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.importing.seed.CaseRecordSeed;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.InServer;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportState;

/**
 * The case record's round trip: a trust with every kind of case record entry (notes drafted, validated and corrected,
 * of the trust's own note types; problems and diagnoses; alerts and risks; legal statuses; vital signs; care teams) exported, loaded
 * into a new empty trust and exported again gives the same resources field by field (ids and meta aside, old ids read
 * through the import's id map), and the same number of rows in each case record table the export carries.
 */
@ExtendWith(ArquillianExtension.class)
class CaseRecordRoundTripIT {

    static final int PATIENTS = 200;
    static final List<String> MODULES = List.of("patient-index", "caserecord");
    /** The tables whose rows the export carries, each compared source to target. */
    static final List<String> CARRIED = List.of("note_type", "clinical_note", "note_version", "problem", "risk_alert", "legal_status",
            "observation", "care_team_member");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-caserecord-import-it", AsAnotherUser.class, RoundTrip.class, Beans.class, CaseRecordSeed.class);
    }

    @Test
    void aCaseRecordRoundTripGivesTheSameContent() throws Exception {
        OdsCode source = newTrust("Case record source", MODULES);
        String clinician = "it.caserecord.import.clinician";
        as(source, clinician, () -> {
            CaseRecordSeed.seed(patients(PATIENTS));
            return null;
        });
        Path first = as(source, clinician, () -> export(source));
        byte[] archive = as(source, clinician, () -> archive(first));

        OdsCode target = newTrust("Case record target", MODULES);
        String targetAdmin = "it.caserecord.import.target.admin";
        ImportJob job = as(target, targetAdmin, () -> upload(archive));
        ImportJobs.Status loaded = as(target, targetAdmin, () -> waitForImport(job.id()));
        assertEquals(ImportState.DONE, loaded.job().state(), "failure: " + loaded.job().failure());
        assertEquals(loaded.job().expected(), loaded.job().loaded());

        for (String table : CARRIED) {
            long before = rows(source, "select count(*) from " + table);
            assertTrue(before > 0, table + " was seeded");
            assertEquals(before, rows(target, "select count(*) from " + table), table + ": the same rows");
        }
        // each kind of entry the seed makes, in the target as in the source
        for (String kind : List.of("clinical_note where status = 'DRAFT'", "note_version where number > 1",
                "problem where status = 'ENTERED_IN_ERROR'", "problem where status = 'RESOLVED'", "problem where primary_diagnosis",
                "risk_alert where ended_at is not null", "risk_alert where reviewed_at is not null",
                "legal_status where ended_at is not null", "legal_status where renewals > 0", "legal_status where ended_at is null",
                "observation where entered_in_error_at is not null", "observation where derived_from_weight is not null",
                "care_team_member where lead and end_date is null", "care_team_member where ended_at is not null",
                "note_type where retired", "note_type t where not exists (select 1 from clinical_note n where n.note_type_id = t.id)")) {
            long before = rows(source, "select count(*) from " + kind);
            assertTrue(before > 0, kind + " was seeded");
            assertEquals(before, rows(target, "select count(*) from " + kind), kind);
        }

        Path second = as(target, targetAdmin, () -> export(target));
        Map<String, String> ids = idMap(target, job.id());
        long mapped = 0;
        for (String q : List.of("count(*) from patient", "count(*) from problem", "count(*) from risk_alert", "count(*) from clinical_note",
                "count(*) from legal_status", "count(*) from care_team_member", "count(*) from observation",
                "count(distinct set_id) from observation", "count(*) from note_type")) {
            mapped += rows(source, "select " + q);
        }
        assertEquals(mapped, ids.size(), "every record (and each set of vital signs, every note type, used or not) mapped once");
        for (String type : List.of("Crisis plan", "Referral letter (old form)")) { // each type as it was: its place and retirement
            String q = "select count(*) from note_type where name = '" + type + "' and retired = %s and position = %d";
            long position = rows(source, "select position from note_type where name = '" + type + "'");
            boolean retired = rows(source, "select count(*) from note_type where retired and name = '" + type + "'") > 0;
            assertEquals(1, rows(target, String.format(q, retired, position)), type + " keeps its position and retirement");
        }
        long total = assertSameContent(first, second, ids, source, target,
                l -> !l.contains(targetAdmin) && !l.contains("service:importer"));
        for (String type : List.of("Condition", "Flag", "Observation", "CareTeam", "DocumentReference", "Basic", "CodeSystem")) {
            assertTrue(manifestCount(second, type) > 0, type + " exported again");
        }
        assertTrue(total > PATIENTS * 10L, "compared: " + total);
    }

    private static long manifestCount(Path dir, String type) throws Exception {
        return RoundTrip.resources(dir, s -> s, l -> true).getOrDefault(type, List.of()).size();
    }
}
