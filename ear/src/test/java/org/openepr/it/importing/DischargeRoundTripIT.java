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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.importing.seed.DischargeSeed;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.GpMailboxControl;
import org.openepr.it.support.InServer;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportState;

/**
 * Discharge's round trip: a trust with every kind of discharge record (wards, community and inpatient episodes with
 * transfers and leave, drafts, signed and corrected summaries, letters delivered, accepted, failed, handled by hand and
 * one still queued) is exported, loaded into a new empty trust and exported again: the same content, field by field
 * without ids and meta; the same rows in each discharge table; letters in the same states; and no letter of the import
 * sent to the (stand-in) GP mailbox: the new trust's outbox holds nothing due, and the mailbox received none of its keys.
 */
@ExtendWith(ArquillianExtension.class)
class DischargeRoundTripIT {

    static final int PATIENTS = 100;
    /** The modules the drafting reads from (the case record and medicines through their published interfaces). */
    static final List<String> MODULES = List.of("patient-index", "discharge", "caserecord", "medicines");
    static final List<String> TABLES = List.of("ward", "episode_of_care", "ward_stay", "leave_of_absence", "discharge_summary",
            "discharge_summary_version", "summary_dispatch");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-import-discharge-it", AsAnotherUser.class, RoundTrip.class, Beans.class, DischargeSeed.class,
                GpMailboxControl.class, GpMailboxControl.Letter.class);
    }

    @BeforeEach
    @AfterEach
    void mailboxAsNormal() {
        GpMailboxControl.reset();
    }

    @Test
    void dischargeRecordsComeBackTheSameAndNoLetterIsSentTwice() throws Exception {
        OdsCode source = newTrust("Discharge", MODULES);
        String sourceAdmin = "it.import.discharge.source";
        long started = System.nanoTime();
        as(source, sourceAdmin, () -> {
            DischargeSeed.seed(patients(PATIENTS));
            return null;
        });
        long seeded = (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> states = states(source);
        assertTrue(states.keySet().containsAll(List.of("MESH QUEUED", "MESH FAILED", "MANUAL DELIVERED", "MANUAL QUEUED")), "letters in several states: "
                + states);
        assertTrue(states.keySet().stream().anyMatch(s -> s.equals("MESH DELIVERED") || s.equals("MESH ACCEPTED")), "delivered letters: " + states);
        Path first = as(source, sourceAdmin, () -> export(source));
        byte[] zip = as(source, sourceAdmin, () -> archive(first));

        OdsCode target = newTrust("Discharge", MODULES);
        String targetAdmin = "it.import.discharge.target";
        // the staff directory comes with the export: nobody needs to have signed in to the new trust
        ImportJob job = as(target, targetAdmin, () -> upload(zip));
        ImportJobs.Status loaded = as(target, targetAdmin, () -> waitForImport(job.id()));
        assertEquals(ImportState.DONE, loaded.job().state(), "failure: " + loaded.job().failure());
        assertEquals(loaded.job().expected(), loaded.job().loaded());
        GpMailboxControl.reset(); // the mailbox up again: a letter the import had made due would be sent now

        for (String table : TABLES) {
            assertEquals(rows(source, "select count(*) from " + table), rows(target, "select count(*) from " + table), table + ": the same rows");
        }
        for (String ward : List.of("ward where closed", "ward w where not exists (select 1 from ward_stay s where s.ward_id = w.id)",
                "ward w where closed and not exists (select 1 from ward_stay s where s.ward_id = w.id)")) {
            long before = rows(source, "select count(*) from " + ward);
            assertTrue(before > 0, ward + " was seeded");
            assertEquals(before, rows(target, "select count(*) from " + ward), ward);
        }
        assertEquals(states, states(target), "letters in the same states");
        assertEquals(0, rows(target, "select count(*) from summary_dispatch where next_attempt_at is not null"), "nothing of the import is due");
        assertEquals(rows(source, "select count(*) from discharge_summary where state = 'SIGNED'"),
                rows(target, "select count(*) from discharge_summary where state = 'SIGNED'"), "signed summaries stay signed");
        assertEquals(rows(source, "select count(*) from discharge_summary_version where number = 2"),
                rows(target, "select count(*) from discharge_summary_version where number = 2 and replaces_version = 1"), "corrections replace");

        Path second = as(target, targetAdmin, () -> export(target));
        Map<String, String> ids = idMap(target, job.id());
        long compared = assertSameContent(first, second, ids, source, target, l -> !l.contains(targetAdmin) && !l.contains("service:importer"));
        assertTrue(compared > PATIENTS * 3L, "resources compared: " + compared);

        // by now the sender has had its rounds (the export took them): the mailbox has none of the new trust's letters
        List<String> keys = inTrust(target, c -> {
            var found = new java.util.ArrayList<String>();
            try (var st = c.createStatement(); var rs = st.executeQuery("select dispatch_key from summary_dispatch where route = 'MESH'")) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
        assertTrue(!keys.isEmpty());
        for (String key : keys) {
            assertEquals(0, GpMailboxControl.letter(key).received(), key + " was not sent by the importing trust");
        }
        System.out.println("DischargeRoundTripIT: seeded " + PATIENTS + " patients' discharge records in " + seeded + " ms; states " + states
                + "; compared " + compared + " resources");
    }

    /** How many letters per route and state. */
    private static Map<String, Long> states(OdsCode trust) throws Exception {
        return inTrust(trust, c -> {
            Map<String, Long> found = new TreeMap<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("select route || ' ' || state, count(*) from summary_dispatch group by 1")) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getLong(2));
                }
            }
            return found;
        });
    }
}
