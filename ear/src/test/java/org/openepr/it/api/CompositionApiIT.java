package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.discharge.application.summary.EditSummary;
import org.openepr.discharge.application.summary.ReadSummaries;
import org.openepr.discharge.application.summary.SignSummary;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.summary.Heading;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openepr.it.support.UkCore;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * Discharge summaries through the API as {@code Composition} (UK Core) and their signed document {@code Bundle}. The
 * first method runs inside the server and makes the record (no API makes a discharge: episodes of care fire it): one
 * patient with a summary signed twice (amended) and a draft. The others are API clients, finding that record by its
 * ward's name (marked with the time it was made) in the database.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompositionApiIT {

    static final String FHIR = Env.BASE_URL + "/fhir/";
    static final String WARD = "Composition API Ward ";

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-composition-api-it", NhsNumbers.class, Db.class, Env.class, Fhir.class, Http.class, Http.Answer.class, Tokens.class);
    }

    @Inject TrustContext trust;
    @Inject Event<EpisodeEnded> discharge;
    @Inject RegisterPatient register;
    @Inject ReadSummaries reading;
    @Inject EditSummary edits;
    @Inject SignSummary signing;

    @Test
    @Order(1)
    void inTheServer_aPatientWithASummarySignedTwiceAndADraft() {
        trust.bind(new Caller("rat.clinician", "rat.clinician", "127.0.0.1", Set.of(Roles.CLINICIAN, Roles.PRESCRIBER)), OdsCode.of("RAT"));
        UUID p = register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Composed", "Cara", "1980-08-08", "female",
                "3 Api Street", null, "London", "E1 6AN", "F84003")).patient().id();
        String ward = WARD + Instant.now(); // real time: the newest run's record is the one the clients read
        Instant admitted = LocalDateTime.of(2027, 2, 20, 9, 0).atZone(UkDates.UK).toInstant();
        Instant ended = LocalDateTime.of(2027, 3, 1, 15, 0).atZone(UkDates.UK).toInstant();
        discharge.fire(new EpisodeEnded(UUID.randomUUID(), p, true, ward, admitted, ended, "rat.clinician", "02", "01", "rat.clinician"));
        var draft = reading.summary(reading.forPatient(p).get(0).id());
        String complete = SummaryContent.parse(draft.headingsJson()).with(Heading.CLINICAL_SUMMARY, "Admitted under section 2 <with> & improved.")
                .with(Heading.ALLERGIES, "No known drug allergies").toJson();
        var signed = signing.sign(UUID.randomUUID().toString(), draft.id(), draft.revision(), complete);
        var correcting = edits.startCorrection(UUID.randomUUID().toString(), draft.id(), signed.revision());
        String corrected = SummaryContent.parse(complete).with(Heading.PLAN_AND_REQUESTED_ACTIONS, "Please review in 2 weeks.").toJson();
        signing.sign(UUID.randomUUID().toString(), draft.id(), correcting.revision(), corrected);
        discharge.fire(new EpisodeEnded(UUID.randomUUID(), p, false, ward, ended, ended.plusSeconds(86_400), "rat.clinician", null, null,
                "rat.clinician"));
        assertEquals(2, reading.forPatient(p).size());
    }

    /** The newest run's summaries: [signed twice, draft], with their patient. */
    record Made(String patient, String signed, String draft, String bundleV1, String bundleV2) {
    }

    static Made made() {
        try (var c = Db.asSuperuser(); var st = c.prepareStatement("select s.id, s.patient_id, s.signed_version from discharge_summary s"
                + " where s.place = (select max(place) from discharge_summary where place like ?) order by s.signed_version desc")) {
            st.setString(1, WARD + "%");
            List<String[]> rows = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            assertEquals(2, rows.size(), "the server-side set-up ran first");
            List<String> bundles = new ArrayList<>();
            try (var v = c.prepareStatement("select bundle_id from discharge_summary_version where summary_id = ?::uuid order by number")) {
                v.setString(1, rows.get(0)[0]);
                try (var rs = v.executeQuery()) {
                    while (rs.next()) {
                        bundles.add(rs.getString(1));
                    }
                }
            }
            return new Made(rows.get(0)[1], rows.get(0)[0], rows.get(1)[0], bundles.get(0), bundles.get(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertConforms(String json) {
        assertEquals(List.of(), UkCore.errors(json).stream().map(m -> m.getLocationString() + ": " + m.getMessage()).toList(), json);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCompositionIsTheLastSignedVersion_everyVersionIsKept_andEachConformsToUkCore() {
        Made m = made();
        String token = Tokens.of("rat.clinician");
        var read = Http.get(FHIR + "Composition/" + m.signed(), token);
        assertEquals(200, read.status(), read.body());
        assertConforms(read.body());
        Composition amended = Fhir.parse(Composition.class, read.body());
        assertEquals(Composition.CompositionStatus.AMENDED, amended.getStatus());
        assertEquals("2", amended.getMeta().getVersionId());
        assertEquals("373942005", amended.getType().getCodingFirstRep().getCode());
        assertEquals("http://snomed.info/sct", amended.getType().getCodingFirstRep().getSystem());
        assertEquals("Patient/" + m.patient(), amended.getSubject().getReference());
        assertEquals(Heading.values().length, amended.getSection().size(), "a section per heading");
        var clinical = amended.getSection().stream().filter(s -> s.getCode().getCodingFirstRep().getCode().equals("clinical-summary")).findFirst()
                .orElseThrow();
        assertEquals(Heading.SYSTEM, clinical.getCode().getCodingFirstRep().getSystem());
        assertTrue(clinical.getText().getDivAsString().contains("Admitted under section 2 &lt;with&gt; &amp; improved."), "typed text escaped");
        assertEquals("replaces", amended.getRelatesToFirstRep().getCode().toCode());

        var first = Http.get(FHIR + "Composition/" + m.signed() + "/_history/1", token);
        assertEquals(200, first.status(), first.body());
        assertConforms(first.body());
        assertEquals(Composition.CompositionStatus.FINAL, Fhir.parse(Composition.class, first.body()).getStatus());
        assertEquals(404, Http.get(FHIR + "Composition/" + m.signed() + "/_history/3", token).status());
        assertEquals(404, Http.get(FHIR + "Composition/" + m.signed() + "/_history/x", token).status());

        var draft = Http.get(FHIR + "Composition/" + m.draft(), token);
        assertEquals(200, draft.status(), draft.body());
        assertConforms(draft.body());
        assertEquals(Composition.CompositionStatus.PRELIMINARY, Fhir.parse(Composition.class, draft.body()).getStatus());
    }

    @Test
    @Order(3)
    @RunAsClient
    void searchByPatientAndStatus() {
        Made m = made();
        String token = Tokens.of("rat.clinician");
        var all = Http.get(FHIR + "Composition?patient=" + m.patient(), token);
        assertEquals(200, all.status(), all.body());
        assertConforms(all.body());
        assertEquals(2, Fhir.bundle(all).getTotal());
        assertEquals(List.of(m.draft()), ids(Http.get(FHIR + "Composition?patient=" + m.patient() + "&status=preliminary", token)));
        assertEquals(List.of(m.signed()), ids(Http.get(FHIR + "Composition?patient=" + m.patient() + "&status=amended", token)));
        assertEquals(List.of(), ids(Http.get(FHIR + "Composition?patient=" + m.patient() + "&status=final", token)));
        assertEquals(400, Http.get(FHIR + "Composition?patient=" + m.patient() + "&status=signed", token).status());
        assertEquals(400, Http.get(FHIR + "Composition?status=final", token).status(), "the patient is required");
    }

    static List<String> ids(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return Fhir.bundle(answer).getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    @Test
    @Order(4)
    @RunAsClient
    void theSignedDocumentBundleIsAUkCoreDocument_asSigned() {
        Made m = made();
        String token = Tokens.of("rat.clinician");
        var v2 = Http.get(FHIR + "Bundle/" + m.bundleV2(), token);
        assertEquals(200, v2.status(), v2.body());
        assertConforms(v2.body());
        Bundle document = Fhir.parse(Bundle.class, v2.body());
        assertEquals(Bundle.BundleType.DOCUMENT, document.getType());
        assertEquals(m.bundleV2(), document.getIdentifier().getValue());
        assertTrue(document.getEntryFirstRep().getResource() instanceof Composition, "the Composition first");
        Composition c = (Composition) document.getEntryFirstRep().getResource();
        assertEquals(Composition.CompositionStatus.AMENDED, c.getStatus());
        assertEquals(List.of("Composition", "Patient", "Practitioner", "Organization"),
                document.getEntry().stream().map(e -> e.getResource().fhirType()).toList());
        assertTrue(document.getEntry().stream().anyMatch(e -> e.getFullUrl().equals(c.getSubject().getReference())), "every reference inside");

        var v1 = Http.get(FHIR + "Bundle/" + m.bundleV1(), token);
        assertEquals(200, v1.status());
        assertEquals(Composition.CompositionStatus.FINAL, ((Composition) Fhir.parse(Bundle.class, v1.body()).getEntryFirstRep().getResource()).getStatus());
    }

    @Test
    @Order(5)
    @RunAsClient
    void anotherTrustFindsNothing_andAClerkIsRefused() {
        Made m = made();
        String other = Tokens.of("rkl.clinician");
        var theirs = Http.get(FHIR + "Composition/" + m.signed(), other);
        assertEquals(404, theirs.status());
        assertEquals(Http.get(FHIR + "Composition/" + UUID.randomUUID(), other).body(), theirs.body(),
                "another trust's summary answers exactly as one that does not exist");
        assertEquals(404, Http.get(FHIR + "Composition/" + m.signed() + "/_history/1", other).status());
        assertEquals(404, Http.get(FHIR + "Composition?patient=" + m.patient(), other).status(), "their patient is no patient here");
        var bundle = Http.get(FHIR + "Bundle/" + m.bundleV1(), other);
        assertEquals(404, bundle.status());
        assertEquals(Http.get(FHIR + "Bundle/" + UUID.randomUUID(), other).body(), bundle.body(), "the same for the signed document");
        assertEquals("OperationOutcome", Fhir.outcome(bundle).fhirType());
        assertEquals(403, Http.get(FHIR + "Composition/" + m.signed(), Tokens.of("rat.clerk")).status());
        assertEquals(200, Http.get(FHIR + "Composition/" + m.signed(), Tokens.of("rat.pharmacist")).status(), "pharmacists read summaries");
    }
}
