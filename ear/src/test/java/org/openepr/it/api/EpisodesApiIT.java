package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Env;
import org.openepr.it.support.EpisodeFixtures;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openepr.it.support.UkCore;

/**
 * EpisodeOfCare and Encounter through the API, against real Keycloak tokens, Liberty and PostgreSQL: read and search by
 * patient and status, UK Core conformance (the legal status extension on the Encounter), OperationOutcome for bad ids and
 * parameters, another trust's episodes answering exactly as missing ones, and the roles and trusts refused.
 */
class EpisodesApiIT {

    static final String FHIR = Env.BASE_URL + "/fhir/";
    static final String LEGAL_STATUS = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-LegalStatus";
    static String token;
    static Patient patient;
    static EpisodeFixtures.Admitted current;
    static EpisodeFixtures.Admitted past;
    static UUID community;

    @BeforeAll
    static void aPatientWithThreeEpisodes() {
        token = Tokens.of("rat.clinician");
        patient = Fhir.register(token, Fhir.patient(NhsNumbers.next(), Names.unique("Episodes"), "Ena", "1961-06-06"));
        UUID id = UUID.fromString(patient.getIdPart());
        past = EpisodeFixtures.admission("RAT", id, LocalDateTime.of(2026, 11, 2, 15, 30), "rat.clinician", LocalDateTime.of(2026, 11, 20, 11, 0));
        current = EpisodeFixtures.admission("RAT", id, LocalDateTime.of(2027, 2, 20, 9, 0), "rat.clinician", null);
        community = EpisodeFixtures.communityEpisode("RAT", id, "Memory service", LocalDate.of(2026, 6, 1), "rat.clinician", LocalDate.of(2026, 10, 1));
    }

    static String search(String type, String query) {
        return FHIR + type + "?patient=Patient/" + patient.getIdPart() + query;
    }

    static Extension legalStatus(Encounter e, String context) {
        return e.getExtensionsByUrl(LEGAL_STATUS).stream()
                .filter(x -> ((CodeableConcept) x.getExtensionByUrl("legalStatusContext").getValue()).getCodingFirstRep().getCode().equals(context))
                .findFirst().orElseThrow(() -> new AssertionError("no legal status at " + context));
    }

    static String code(Extension legalStatus) {
        return ((CodeableConcept) legalStatus.getExtensionByUrl("legalStatusClassification").getValue()).getCodingFirstRep().getCode();
    }

    @Test
    void anEpisodeOfCareIsReadAndConformsToUkCore() {
        var answer = Http.get(FHIR + "EpisodeOfCare/" + current.episodeId(), token);
        assertEquals(200, answer.status(), answer.body());
        EpisodeOfCare e = Fhir.parse(EpisodeOfCare.class, answer.body());
        assertEquals("https://fhir.hl7.org.uk/StructureDefinition/UKCore-EpisodeOfCare", e.getMeta().getProfile().get(0).getValue());
        assertEquals(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE, e.getStatus());
        assertEquals("Patient/" + patient.getIdPart(), e.getPatient().getReference());
        assertEquals("RAT", e.getManagingOrganization().getIdentifier().getValue());
        assertEquals("Inpatient admission", e.getTypeFirstRep().getText());
        assertEquals("rat.clinician", e.getCareManager().getIdentifier().getValue());
        assertFalse(e.getPeriod().hasEnd());
        assertEquals(List.of(), UkCore.errors(answer.body()));

        var ended = Fhir.parse(EpisodeOfCare.class, Http.get(FHIR + "EpisodeOfCare/" + community, token).body());
        assertEquals(EpisodeOfCare.EpisodeOfCareStatus.FINISHED, ended.getStatus());
        assertEquals("Community: Memory service", ended.getTypeFirstRep().getText());
        assertEquals("2026-06-01", ended.getPeriod().getStartElement().getValueAsString(), "a community episode runs from a day");
        assertEquals("Fixture team", ended.getTeamFirstRep().getDisplay());
    }

    @Test
    void episodesAreSearchedByPatientAndStatus() {
        Bundle all = Fhir.bundle(Http.get(search("EpisodeOfCare", ""), token));
        assertEquals(3, all.getTotal());
        assertEquals(List.of(), UkCore.errors(Http.get(search("EpisodeOfCare", ""), token).body()));
        Bundle active = Fhir.bundle(Http.get(search("EpisodeOfCare", "&status=active"), token));
        assertEquals(1, active.getTotal());
        assertEquals(current.episodeId().toString(), active.getEntryFirstRep().getResource().getIdElement().getIdPart());
        assertEquals(2, Fhir.bundle(Http.get(search("EpisodeOfCare", "&status=finished"), token)).getTotal());
    }

    @Test
    void anAdmissionIsAnEncounterWithItsWardsLeaveAndLegalStatus() {
        var answer = Http.get(FHIR + "Encounter/" + past.episodeId(), token);
        assertEquals(200, answer.status(), answer.body());
        Encounter e = Fhir.parse(Encounter.class, answer.body());
        assertEquals("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Encounter", e.getMeta().getProfile().get(0).getValue());
        assertEquals(Encounter.EncounterStatus.FINISHED, e.getStatus());
        assertEquals("IMP", e.getClass_().getCode());
        assertEquals("EpisodeOfCare/" + past.episodeId(), e.getEpisodeOfCareFirstRep().getReference());
        assertEquals(List.of(past.firstWardName(), past.wardName()), e.getLocation().stream().map(l -> l.getLocation().getDisplay()).toList());
        assertEquals(Encounter.EncounterStatus.ONLEAVE, e.getStatusHistoryFirstRep().getStatus());
        assertEquals("03", code(legalStatus(e, "admission")), "section 3 at admission");
        assertEquals("01", code(legalStatus(e, "discharge")), "informal at discharge");
        assertEquals(List.of(), UkCore.errors(answer.body()));

        Encounter open = Fhir.parse(Encounter.class, Http.get(FHIR + "Encounter/" + current.episodeId(), token).body());
        assertEquals(Encounter.EncounterStatus.INPROGRESS, open.getStatus());
        assertTrue(open.getExtensionsByUrl(LEGAL_STATUS).size() == 1, "no discharge yet, so no legal status at discharge");
        assertEquals(Encounter.EncounterLocationStatus.ACTIVE, open.getLocation().get(1).getStatus());
    }

    @Test
    void encountersAreSearchedByPatientAndStatusAndACommunityEpisodeIsNoEncounter() {
        assertEquals(2, Fhir.bundle(Http.get(search("Encounter", ""), token)).getTotal());
        assertEquals(1, Fhir.bundle(Http.get(search("Encounter", "&status=in-progress"), token)).getTotal());
        assertEquals(1, Fhir.bundle(Http.get(search("Encounter", "&status=finished"), token)).getTotal());
        assertEquals(0, Fhir.bundle(Http.get(search("Encounter", "&status=onleave"), token)).getTotal());
        assertEquals(List.of(), UkCore.errors(Http.get(search("Encounter", ""), token).body()));
        var notAnEncounter = Http.get(FHIR + "Encounter/" + community, token);
        assertEquals(404, notAnEncounter.status());
        assertEquals("No such encounter", Fhir.diagnostics(notAnEncounter));
    }

    @Test
    void badIdsAndParametersAreAnsweredWithAnOperationOutcome() {
        for (String type : List.of("EpisodeOfCare", "Encounter")) {
            var notOurs = Http.get(FHIR + type + "/not-an-id", token);
            assertEquals(404, notOurs.status());
            assertEquals("OperationOutcome", notOurs.json().getString("resourceType"));
            var none = Http.get(FHIR + type + "/" + UUID.randomUUID(), token);
            assertEquals(404, none.status());
            assertEquals(List.of(), UkCore.errors(none.body()));
            var status = Http.get(search(type, "&status=sleeping"), token);
            assertEquals(400, status.status(), status.body());
            assertTrue(Fhir.diagnostics(status).contains("sleeping"), status.body());
            var noPatient = Http.get(FHIR + type, token);
            assertEquals(400, noPatient.status());
            assertTrue(Fhir.diagnostics(noPatient).contains("Patient reference is required"), noPatient.body());
        }
        assertEquals("No such episode of care", Fhir.diagnostics(Http.get(FHIR + "EpisodeOfCare/" + UUID.randomUUID(), token)));
    }

    @Test
    void anotherTrustsEpisodesAnswerExactlyAsMissingOnes() {
        String rkl = Tokens.of("rkl.clinician");
        for (String type : List.of("EpisodeOfCare", "Encounter")) {
            var other = Http.get(FHIR + type + "/" + current.episodeId(), rkl);
            var none = Http.get(FHIR + type + "/" + UUID.randomUUID(), rkl);
            assertEquals(404, other.status());
            assertEquals(none.body(), other.body(), "the answer must not reveal that the record exists elsewhere");
            var search = Http.get(search(type, ""), rkl);
            var unknown = Http.get(FHIR + type + "?patient=Patient/" + UUID.randomUUID(), rkl);
            assertEquals(404, search.status());
            assertEquals(unknown.body(), search.body());
            assertEquals("No such patient", Fhir.diagnostics(search));
        }
    }

    @Test
    void aClerkAndATrustWithoutDischargeAreRefused() {
        var clerk = Http.get(search("EpisodeOfCare", ""), Tokens.of("rat.clerk"));
        assertEquals(403, clerk.status(), clerk.body());
        assertEquals("OperationOutcome", clerk.json().getString("resourceType"));
        var rwk = Http.get(FHIR + "Encounter?patient=Patient/" + UUID.randomUUID(), Tokens.of("rwk.clinician"));
        assertEquals(403, rwk.status(), rwk.body());
        assertTrue(Fhir.diagnostics(rwk).contains("has not taken discharge"), rwk.body());
        assertEquals(200, Http.get(FHIR + "EpisodeOfCare/" + current.episodeId(), Tokens.of("rat.pharmacist")).status(), "a pharmacist reads them");
    }
}
