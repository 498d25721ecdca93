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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.importing.seed.ClinicsSeed;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.InServer;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportState;

/**
 * A trust's clinics (clinics with their session templates, sessions, slots, bookings in every state: booked,
 * arrived, seen, could not be seen, did not attend, cancelled by patient and by trust, rescheduled, to be rebooked,
 * rebooked; and the waiting list: referrals, follow-ups, other appointments, waiting, booked or withdrawn) exported,
 * loaded into a new empty trust and exported again give the same content, field by field without
 * ids and meta (the audit trail too, its details naming the new ids), and the same rows in every clinic table the
 * export carries, with every slot's places counted again by the database.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicsRoundTripIT {

    static final int PATIENTS = 300;

    /**
     * The clinic tables the export carries (the trust's decisions are the platform's trust settings, carried by its part;
     * {@code clinic_setting} is no longer read).
     */
    static final List<String> TABLES = List.of("clinic", "session_template", "clinic_session", "slot", "booking", "referral");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-clinics-roundtrip-it", AsAnotherUser.class, RoundTrip.class, Beans.class, ClinicsSeed.class);
    }

    @Test
    void clinicsExportedAndImportedGiveTheSameContent() throws Exception {
        OdsCode source = newTrust("Clinics source", List.of("patient-index", "clinics"));
        String sourceAdmin = "it.clinics.roundtrip.source";
        long started = System.nanoTime();
        as(source, sourceAdmin, () -> {
            ClinicsSeed.seed(patients(PATIENTS));
            return null;
        });
        long seeded = (System.nanoTime() - started) / 1_000_000;
        assertTrue(seeded < 60_000, "the seed of " + PATIENTS + " patients took " + seeded + " ms");
        for (String state : List.of("BOOKED", "ARRIVED", "ATTENDED", "COULD_NOT_BE_SEEN", "DID_NOT_ATTEND", "CANCELLED_BY_PATIENT",
                "CANCELLED_BY_TRUST", "RESCHEDULED", "TO_BE_REBOOKED", "REBOOKED")) {
            assertTrue(rows(source, "select count(*) from booking where status = '" + state + "'") > 0, "the seed made a booking " + state);
        }
        assertTrue(rows(source, "select count(*) from clinic_session where status = 'CANCELLED'") > 0, "a cancelled session");
        for (String entry : List.of("status = 'WAITING' and kind = 'FIRST' and priority = 'URGENT'", "status = 'BOOKED' and kind = 'FIRST'",
                "status = 'WAITING' and kind = 'FOLLOW_UP'", "kind = 'ANOTHER_APPOINTMENT'", "status = 'REMOVED'")) {
            assertTrue(rows(source, "select count(*) from referral where " + entry) > 0, "the seed made a waiting-list entry " + entry);
        }
        assertTrue(rows(source, "select count(*) from booking b join slot s on s.id = b.slot_id where s.status = 'CANCELLED'"
                + " and b.status = 'ATTENDED'") > 0, "a patient seen in a session cancelled afterwards keeps their place");
        for (String step : List.of("DISCHARGE", "DISCHARGE_TO_REFERRER", "FOLLOW_UP", "OFFER_ANOTHER")) {
            assertTrue(rows(source, "select count(*) from booking where next_step = '" + step + "'") > 0, "the seed made a next step " + step);
        }
        assertTrue(rows(source, "select count(*) from booking where next_step = 'FOLLOW_UP' and follow_up_weeks = 6") > 0, "in 6 weeks");

        Path first = as(source, sourceAdmin, () -> export(source));
        byte[] archive = as(source, sourceAdmin, () -> archive(first));
        String appointments = Files.readString(first.resolve("Appointment.ndjson"));
        assertTrue(appointments.contains("clinic-booking"), "the export carries each booking's history");

        OdsCode target = newTrust("Clinics target", List.of("patient-index", "clinics"));
        String targetAdmin = "it.clinics.roundtrip.target";
        ImportJob job = as(target, targetAdmin, () -> upload(archive));
        ImportJobs.Status loaded = as(target, targetAdmin, () -> waitForImport(job.id()));
        assertEquals(ImportState.DONE, loaded.job().state(), "failure: " + loaded.job().failure());
        assertEquals(loaded.job().expected(), loaded.job().loaded());

        for (String table : TABLES) {
            assertEquals(rows(source, "select count(*) from " + table), rows(target, "select count(*) from " + table),
                    table + ": as many rows in the new trust");
        }
        assertEquals(rows(source, "select coalesce(sum(booked), 0) from slot"), rows(target, "select coalesce(sum(booked), 0) from slot"),
                "every place counted again");
        assertEquals(rows(source, "select coalesce(sum(booked), 0) from slot where status = 'CANCELLED'"),
                rows(target, "select coalesce(sum(booked), 0) from slot where status = 'CANCELLED'"), "places kept in cancelled slots too");
        assertEquals(rows(source, "select count(*) from referral where from_booking is not null or booking_id is not null"),
                rows(target, "select count(*) from referral r where exists (select 1 from booking b where b.id = r.from_booking)"
                        + " or exists (select 1 from booking b where b.id = r.booking_id)"), "every entry names its bookings' new ids");
        assertEquals(rows(source, "select count(*) from booking where replaced_by is not null"),
                rows(target, "select count(*) from booking b where exists (select 1 from booking r where r.id = b.replaced_by)"),
                "every replaced booking names its replacement's new id");

        Path second = as(target, targetAdmin, () -> export(target));
        Map<String, String> ids = idMap(target, job.id());
        for (String type : List.of("Schedule", "SessionTemplate", "ClinicSession", "Slot", "Appointment", "ServiceRequest")) {
            String table = Map.of("Schedule", "clinic", "SessionTemplate", "session_template", "ClinicSession", "clinic_session",
                    "Slot", "slot", "Appointment", "booking", "ServiceRequest", "referral").get(type);
            assertEquals(rows(target, "select count(*) from " + table), rows(target, "select count(*) from import_id where job_id = '"
                    + job.id() + "' and resource_type = '" + type + "'"), type + ": every new id is in the id map");
        }
        long compared = assertSameContent(first, second, ids, source, target,
                l -> !l.contains(targetAdmin) && !l.contains("service:importer"));
        assertTrue(compared > PATIENTS * 2, "resources compared: " + compared);
    }
}
