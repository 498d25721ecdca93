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

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.importing.seed.MedicinesSeed;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.InServer;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.ImportArchive;
import org.openepr.platform.importing.ImportFolder;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportOrder;
import org.openepr.platform.importing.ImportPart;
import org.openepr.platform.importing.ImportRunner;
import org.openepr.platform.importing.ImportState;

/**
 * A trust's medicines (allergy entries in every state, orders in every state with their versions, verifications,
 * queries and stops) exported, loaded into a new empty trust and exported again give the same content, field by field
 * without ids and meta, and the same rows in every medicines table (the formulary included, entry for entry): the order history the export carries puts each
 * order back as it stood, and MedicationStatement (the view of an order) is not made twice. The same archive loaded
 * into a third trust, stopped one batch into the orders and resumed, holds each record once.
 */
@ExtendWith(ArquillianExtension.class)
class MedicinesRoundTripIT {

    static final int PATIENTS = 200;
    static final List<String> MODULES = List.of("patient-index", "medicines");
    static final int BATCH = 100;
    static final List<String> TABLES = List.of("allergy", "medication_order", "medication_order_version", "order_query",
            "formulary_entry");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-medicines-import-it", AsAnotherUser.class, RoundTrip.class, Beans.class, MedicinesSeed.class);
    }

    @Test
    void medicinesComeBackAsTheyStood() throws Exception {
        OdsCode source = newTrust("Medicines source", MODULES);
        String sourceAdmin = "it.import.medicines.source";
        as(source, sourceAdmin, () -> {
            MedicinesSeed.seed(patients(PATIENTS));
            return null;
        });
        for (String table : TABLES) {
            assertTrue(rows(source, "select count(*) from " + table) > 0, "the seed made " + table + " rows");
        }
        assertEquals("1 withdrawn, 2 restricted, 2 with a local maximum", text(source, "select count(*) filter (where withdrawn) || ' withdrawn, '"
                + " || count(restriction) || ' restricted, ' || count(local_maximum) || ' with a local maximum' from formulary_entry"));
        Path first = as(source, sourceAdmin, () -> export(source));
        byte[] zip = as(source, sourceAdmin, () -> archive(first));

        OdsCode target = newTrust("Medicines target", MODULES);
        String targetAdmin = "it.import.medicines.target";
        ImportJob job = as(target, targetAdmin, () -> upload(zip));
        ImportJobs.Status loaded = as(target, targetAdmin, () -> waitForImport(job.id()));
        assertEquals(ImportState.DONE, loaded.job().state(), "failure: " + loaded.job().failure());
        assertEquals(loaded.job().expected(), loaded.job().loaded());

        for (String table : TABLES) {
            assertEquals(rows(source, "select count(*) from " + table), rows(target, "select count(*) from " + table), table + ": the same rows");
        }
        for (String shape : List.of(
                "select string_agg(status || '=' || n, ',' order by status) from (select status, count(*) n from medication_order group by status) s",
                "select string_agg(verification || '=' || n, ',' order by verification) from (select verification, count(*) n"
                        + " from medication_order_version group by verification) s",
                "select count(*) || ' open of ' || (select count(*) from order_query) from order_query where answered_at is null",
                "select count(*) || ' ended, ' || count(*) filter (where kind = 'NO_KNOWN_ALLERGIES') || ' nkda' from allergy where ended_at is not null",
                "select count(*) || ' high risk' from medication_order where high_risk",
                // the formulary whole: listed or withdrawn, restriction, local maximum, who changed it last and when
                "select string_agg(concat_ws('|', product_id, withdrawn, restriction, local_maximum, changed_by,"
                        + " to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')), ',' order by product_id) from formulary_entry",
                "select count(*) filter (where withdrawn) || ' withdrawn, ' || count(restriction) || ' restricted, ' || count(local_maximum) || ' with a local maximum'"
                        + " from formulary_entry")) {
            assertEquals(text(source, shape), text(target, shape), shape);
        }

        // a screening finding (an interaction with the patient's other order, an allergy) names the record it was about
        String implicated = "select count(*) from medication_order_version v,"
                + " jsonb_array_elements(v.screening::jsonb -> 'findings') f where f ? 'implicated'";
        String dangling = implicated + " and not exists (select 1 from medication_order o where o.id::text = f ->> 'implicated')"
                + " and not exists (select 1 from allergy a where a.id::text = f ->> 'implicated')";
        assertTrue(rows(target, implicated) > 0, "the seed's orders have findings about other records");
        assertEquals(rows(source, implicated), rows(target, implicated));
        assertEquals(0, rows(source, dangling), "in the source, each names one of its records");
        assertEquals(0, rows(target, dangling), "and in the new trust, by its new id");

        Path second = as(target, targetAdmin, () -> export(target));
        Map<String, String> ids = idMap(target, job.id());
        long total = assertSameContent(first, second, ids, source, target,
                l -> !l.contains(targetAdmin) && !l.contains("service:importer"));
        assertTrue(total > 5 * PATIENTS, "resources compared: " + total);
        assertEquals(rows(source, "select count(*) from medication_order"),
                rows(target, "select count(*) from import_id where resource_type = 'MedicationStatement'"),
                "every statement mapped to its order, none made");

        // the same archive into a third trust, stopped one batch into the orders (as a server stopping would), resumed
        OdsCode third = newTrust("Medicines resumed", MODULES);
        String thirdAdmin = "it.import.medicines.resumed";
        UUID jobId = UUID.randomUUID();
        ImportRunner runner = Beans.get(ImportRunner.class);
        as(third, thirdAdmin, () -> {
            // the job as the upload makes it: the files in the parts' loading order
            ImportArchive.Checked checked = ImportArchive.unpack(new ByteArrayInputStream(zip), Beans.get(ImportFolder.class).of(third, jobId));
            List<ImportJobs.Planned> plan = new ArrayList<>();
            for (ImportPart part : ImportOrder.of(CDI.current().select(ImportPart.class).stream().toList())) {
                for (String type : part.resourceTypes()) {
                    checked.files().stream().filter(f -> f.resourceType().equals(type) && f.count() > 0).findFirst()
                            .ifPresent(f -> plan.add(new ImportJobs.Planned(part.module(), type, f.count())));
                }
            }
            return Beans.get(ImportJobs.class).create(jobId, checked, plan);
        });
        long batches = (PATIENTS + BATCH - 1) / BATCH + (rows(source, "select count(*) from allergy") + BATCH - 1) / BATCH + 1;
        ImportRunner.Outcome stopped = runner.start(third, jobId, BATCH, (int) batches).get(2, TimeUnit.MINUTES);
        assertEquals(ImportRunner.Outcome.STOPPED, stopped,
                () -> "failure: " + as(third, thirdAdmin, () -> Beans.get(ImportJobs.class).status(jobId)).job().failure());
        assertEquals(BATCH, rows(third, "select count(*) from medication_order"), "one batch of orders in");
        assertEquals(BATCH, rows(third, "select loaded from import_file where resource_type = 'MedicationRequest'"), "its checkpoint");
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        for (var resumed : executor.submit(runner::resumeUnfinished).get(1, TimeUnit.MINUTES)) {
            resumed.get(3, TimeUnit.MINUTES);
        }
        ImportJobs.Status done = as(third, thirdAdmin, () -> Beans.get(ImportJobs.class).status(jobId));
        assertEquals(ImportState.DONE, done.job().state(), "failure: " + done.job().failure());
        for (String table : TABLES) {
            assertEquals(rows(source, "select count(*) from " + table), rows(third, "select count(*) from " + table), table + ": each row once");
        }
        assertEquals(0, rows(third, dangling), "findings name the resumed trust's records");
    }

    private static String text(OdsCode ods, String sql) throws Exception {
        return inTrust(ods, c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
