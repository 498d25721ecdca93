package org.openepr.caserecord.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.openepr.caserecord.application.careteam.ReadCareTeam;
import org.openepr.caserecord.application.notes.NoteView;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRole;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.MentalHealthActSection;
import org.openepr.caserecord.domain.notes.NoteStatus;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.problems.CodeSystem;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemKind;
import org.openepr.caserecord.domain.problems.ProblemStatus;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskCategory;
import org.openepr.caserecord.domain.risks.RiskSeverity;
import org.openepr.caserecord.interfaces.fhir.notes.NoteFhirMapper;
import org.openepr.patients.api.PatientSummary;

/**
 * Each case record entry exported (the API's mapping plus {@link RecordHistory}), written as JSON, read back by
 * {@link CaseRecordFromFhir} under new ids and exported again gives the same resource (id aside): what a trust's round
 * trip relies on, type by type, without a server.
 */
class CaseRecordFromFhirTest {

    static final FhirContext FHIR = FhirContext.forR4();
    static final UUID OLD_PATIENT = UUID.randomUUID();
    static final UUID NEW_PATIENT = UUID.randomUUID();
    static final Instant AT = Instant.parse("2026-03-04T10:15:30Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    final Map<String, UUID> refs = new HashMap<>(Map.of("Patient/" + OLD_PATIENT, NEW_PATIENT));
    final CaseRecordFromFhir read = new CaseRecordFromFhir(ref -> {
        UUID id = refs.get(ref);
        if (id == null) {
            throw new IllegalStateException("not in the export: " + ref);
        }
        return id;
    });
    final ClinicalFactsFhirMapper facts = new ClinicalFactsFhirMapper();

    @Test
    void aDiagnosisChangedAndEnteredInErrorComesBackTheSame() {
        Problem before = Problem.imported(UUID.randomUUID(), OLD_PATIENT, ProblemKind.DIAGNOSIS, CodeSystem.ICD_10, "F20.0", "Paranoid schizophrenia",
                LocalDate.of(2019, 2, 1), ProblemStatus.ENTERED_IN_ERROR, null, false, "Family history", "dr.khan", AT,
                new Problem.Change("nurse.lee", AT.plusSeconds(3600), "Wrong patient"));
        Problem after = read.problem(UUID.randomUUID(), (Condition) roundTrip(RecordHistory.with(facts.condition(before), before)));
        assertEquals(NEW_PATIENT, after.patientId());
        assertEquals("nurse.lee", after.changedBy());
        assertEquals("Wrong patient", after.changeReason());
        assertSameExport(RecordHistory.with(facts.condition(before), before), RecordHistory.with(facts.condition(after), after));
    }

    @Test
    void aResolvedProblemInWordsAndAPrimaryDiagnosisComeBackTheSame() {
        Problem words = Problem.imported(UUID.randomUUID(), OLD_PATIENT, ProblemKind.PROBLEM, null, null, "Housing difficulties", null,
                ProblemStatus.RESOLVED, LocalDate.of(2026, 1, 2), false, null, "dr.khan", AT, null);
        Problem primary = Problem.imported(UUID.randomUUID(), OLD_PATIENT, ProblemKind.DIAGNOSIS, CodeSystem.SNOMED_CT, "35489007",
                "Depressive disorder", null, ProblemStatus.ACTIVE, null, true, null, "dr.khan", AT, null);
        for (Problem p : List.of(words, primary)) {
            Condition exported = RecordHistory.with(facts.condition(p), p);
            assertTrue(exported.getExtensionsByUrl(RecordHistory.LAST_CHANGE).isEmpty(), "no change since it was recorded");
            Problem after = read.problem(UUID.randomUUID(), (Condition) roundTrip(exported));
            assertEquals(p.isPrimaryDiagnosis(), after.isPrimaryDiagnosis());
            assertSameExport(exported, RecordHistory.with(facts.condition(after), after));
        }
    }

    @Test
    void aReviewedAndEndedRiskComesBackTheSame() {
        RiskAlert before = RiskAlert.imported(UUID.randomUUID(), OLD_PATIENT, RiskCategory.RISK_TO_SELF, RiskSeverity.HIGH,
                "Overdose in 2023 (paracetamol): see plan", LocalDate.of(2026, 12, 24), "dr.khan", AT,
                new RiskAlert.Act("nurse.lee", AT.plusSeconds(60), null), new RiskAlert.Act("dr.khan", AT.plusSeconds(120), "Moved out"));
        Flag exported = RecordHistory.with(facts.flag(before, TODAY), before);
        RiskAlert after = read.risk(UUID.randomUUID(), (Flag) roundTrip(exported));
        assertEquals("Overdose in 2023 (paracetamol): see plan", after.details());
        assertEquals("Moved out", after.endReason());
        assertEquals("nurse.lee", after.reviewedBy());
        assertSameExport(exported, RecordHistory.with(facts.flag(after, TODAY), after));
    }

    @Test
    void anInactiveFlagThatDoesNotSayHowItEndedIsRefused() {
        RiskAlert ended = RiskAlert.imported(UUID.randomUUID(), OLD_PATIENT, RiskCategory.SAFEGUARDING, RiskSeverity.LOW, "Carer",
                LocalDate.of(2026, 12, 24), "dr.khan", AT, null, new RiskAlert.Act("dr.khan", AT, "Moved out"));
        Flag exported = facts.flag(ended, TODAY); // as the API serves it: no history
        assertThrows(IllegalArgumentException.class, () -> read.risk(UUID.randomUUID(), exported));
    }

    @Test
    void aBmiNamingItsWeightAndHeightAndAValueEnteredInErrorComeBackTheSame() {
        UUID set = UUID.randomUUID();
        var recording = new Observation.Recording(OLD_PATIENT, set, AT.minus(1, ChronoUnit.DAYS), "nurse.lee", AT);
        Observation weight = Observation.imported(UUID.randomUUID(), recording, VitalSign.BODY_WEIGHT, new BigDecimal("72.5"), null, null, null);
        Observation height = Observation.imported(UUID.randomUUID(), recording, VitalSign.BODY_HEIGHT, new BigDecimal("170"), null, null, null);
        Observation bmi = Observation.imported(UUID.randomUUID(), recording, VitalSign.BODY_MASS_INDEX, new BigDecimal("25.1"), null,
                weight.id(), height.id());
        Observation pressure = Observation.imported(UUID.randomUUID(), recording, VitalSign.BLOOD_PRESSURE, new BigDecimal("120"),
                new BigDecimal("80"), null, null);
        pressure.enteredInError("dr.khan", AT.plusSeconds(5), "Wrong patient");
        UUID newSet = UUID.randomUUID();
        for (Observation o : List.of(weight, height, bmi, pressure)) {
            refs.put("Observation/" + o.id(), UUID.randomUUID());
        }
        for (Observation o : List.of(weight, height, bmi, pressure)) {
            var exported = RecordHistory.with(VitalSignsFhir.toFhir(o), o);
            assertEquals(set.toString(), CaseRecordFromFhir.setOf(exported));
            Observation after = read.observation(refs.get("Observation/" + o.id()), (org.hl7.fhir.r4.model.Observation) roundTrip(exported), newSet);
            assertEquals(newSet, after.setId());
            assertEquals(o.recordedBy(), after.recordedBy());
            assertEquals(o.enteredInErrorBy(), after.enteredInErrorBy());
            var again = RecordHistory.with(VitalSignsFhir.toFhir(after), after);
            // the set and the derived-from references are the new ids; all else as exported
            String expected = json(exported).replace(OLD_PATIENT.toString(), NEW_PATIENT.toString()).replace(set.toString(), newSet.toString())
                    .replace(weight.id().toString(), refs.get("Observation/" + weight.id()).toString())
                    .replace(height.id().toString(), refs.get("Observation/" + height.id()).toString());
            assertEquals(withoutId(expected), withoutId(json(again)));
        }
    }

    @Test
    void aCareTeamComesBackWithItsMembersInOrderAndTheirHistory() {
        UUID patient = OLD_PATIENT;
        CareTeamMember ended = CareTeamMember.imported(UUID.randomUUID(), patient, new CareTeamMember.Membership("Community Mental Health Team",
                "dr.khan", CareTeamRole.PSYCHOLOGIST, false, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), "nurse.lee", AT,
                "nurse.lee", AT.plusSeconds(60));
        CareTeamMember lead = CareTeamMember.imported(UUID.randomUUID(), patient, new CareTeamMember.Membership("Community Mental Health Team",
                "nurse.lee", CareTeamRole.CARE_COORDINATOR, true, LocalDate.of(2022, 1, 1), null), "nurse.lee", AT.plusSeconds(1), null, null);
        CareTeam exported = team(patient, List.of(ended, lead));
        CareTeam read = (CareTeam) roundTrip(exported);
        List<UUID> ids = CaseRecordImportPart.inOrder(2);
        List<CareTeamMember> after = this.read.careTeam(read, ids);
        // the team lists its lead first
        assertEquals(List.of(lead.id().toString(), ended.id().toString()), CaseRecordFromFhir.membershipIds(read));
        assertEquals(NEW_PATIENT, after.get(0).patientId());
        assertTrue(after.get(0).lead());
        assertEquals("nurse.lee", after.get(1).endedBy());
        String expected = json(exported).replace(OLD_PATIENT.toString(), NEW_PATIENT.toString())
                .replace(lead.id().toString(), ids.get(0).toString()).replace(ended.id().toString(), ids.get(1).toString());
        assertEquals(withoutId(expected), withoutId(json(team(NEW_PATIENT, after))));
    }

    @Test
    void newMembershipIdsSortAsListedInJavaAndInTheDatabase() {
        List<UUID> ids = CaseRecordImportPart.inOrder(300);
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i - 1).compareTo(ids.get(i)) < 0, "Java order at " + i);
            assertTrue(ids.get(i - 1).toString().compareTo(ids.get(i).toString()) < 0, "byte (text) order at " + i);
        }
    }

    @Test
    void aVitalSignsIdIsTheSameWhicheverBatchMeetsItFirst() {
        UUID patient = UUID.randomUUID();
        assertEquals(CaseRecordImportPart.derived(patient, "Observation", "a"), CaseRecordImportPart.derived(patient, "Observation", "a"));
        assertNotEquals(CaseRecordImportPart.derived(patient, "Observation", "a"), CaseRecordImportPart.derived(UUID.randomUUID(), "Observation", "a"));
        assertNotEquals(CaseRecordImportPart.derived(patient, "Observation", "a"), CaseRecordImportPart.derived(patient, "ObservationSet", "a"));
    }

    @Test
    void aCorrectedNoteAndADraftComeBackWithEveryVersion() {
        UUID type = UUID.randomUUID();
        UUID noteId = UUID.randomUUID();
        List<NoteVersion> versions = List.of(
                NoteVersion.imported(noteId, 1, 3, "Clinic review: plan agreed.", null, "dr.khan", AT.plusSeconds(10)),
                NoteVersion.imported(noteId, 2, 4, "Clinic review: plan agreed with carer.", "Carer was present", "nurse.lee", AT.plusSeconds(20)));
        NoteView corrected = new NoteView(noteId, OLD_PATIENT, type, "Risk assessment", NoteStatus.VALIDATED, 4, versions.get(1).text(),
                "dr.khan", AT, "nurse.lee", AT.plusSeconds(20), AT.plusSeconds(10), versions);
        NoteView draft = new NoteView(UUID.randomUUID(), OLD_PATIENT, type, "Risk assessment", NoteStatus.DRAFT, 2, "Seen at home. Mood low.",
                "dr.khan", AT, "dr.khan", AT.plusSeconds(30), null, List.of());
        NoteFhirMapper mapper = new NoteFhirMapper();
        for (NoteView before : List.of(corrected, draft)) {
            DocumentReference exported = RecordHistory.with(mapper.current(before), before);
            DocumentReference parsed = (DocumentReference) roundTrip(exported);
            assertEquals(type, CaseRecordFromFhir.typeOf(parsed).id());
            assertEquals("Risk assessment", CaseRecordFromFhir.typeOf(parsed).name());
            UUID newId = UUID.randomUUID();
            var after = read.note(newId, parsed, type);
            assertEquals(before.versions().size(), after.versions().size());
            assertEquals(before.isDraft(), after.note().isDraft());
            assertEquals(before.author(), after.note().author());
            NoteView again = new NoteView(newId, after.note().patientId(), type, "Risk assessment", after.note().status(),
                    after.note().revision(), before.isDraft() ? after.note().draftText() : after.versions().get(after.versions().size() - 1).text(),
                    after.note().author(), after.note().createdAt(), after.note().lastSavedBy(), after.note().lastSavedAt(),
                    after.note().validatedAt(), after.versions());
            assertSameExport(exported, RecordHistory.with(mapper.current(again), again));
        }
    }

    @Test
    void aRenewedAndAnEndedLegalStatusComeBackTheSame() {
        LegalStatus renewed = LegalStatus.imported(UUID.randomUUID(), OLD_PATIENT, MentalHealthActSection.SECTION_3, AT,
                AT.plus(365, ChronoUnit.DAYS), new LegalStatus.Course(1, "dr.khan", AT.plusSeconds(600), null, null, null), "nurse.lee", AT);
        LegalStatus ended = LegalStatus.imported(UUID.randomUUID(), OLD_PATIENT, MentalHealthActSection.SECTION_2, AT.minusSeconds(86_400),
                AT.plus(27, ChronoUnit.DAYS), new LegalStatus.Course(0, null, null, AT, "Replaced by Section 3", "nurse.lee"), "nurse.lee",
                AT.minusSeconds(86_400));
        for (LegalStatus before : List.of(renewed, ended)) {
            Basic exported = LegalStatusFhir.toFhir(before);
            LegalStatus after = LegalStatusFhir.from(UUID.randomUUID(), (Basic) roundTrip(exported), NEW_PATIENT);
            assertEquals(before.section(), after.section());
            assertEquals(before.expiresAt(), after.expiresAt());
            assertEquals(before.renewals(), after.renewals());
            assertEquals(before.endReason(), after.endReason());
            assertEquals(before.isCurrent(), after.isCurrent());
            assertSameExport(exported, LegalStatusFhir.toFhir(after));
        }
    }

    @Test
    void aBasicThatIsNotALegalStatusOfOursIsRefused() {
        Basic other = new Basic();
        other.setId("x");
        other.setCode(new org.hl7.fhir.r4.model.CodeableConcept().setText("Something else"));
        assertThrows(IllegalArgumentException.class, () -> LegalStatusFhir.from(UUID.randomUUID(), other, NEW_PATIENT));
    }

    private static CareTeam team(UUID patient, List<CareTeamMember> members) {
        var view = new ReadCareTeam.TeamView(new PatientSummary(patient, "9990000018", "999 000 0018", "Roundtrip, Rita", LocalDate.of(1950, 1, 1)),
                new org.openepr.caserecord.domain.careteam.CareTeam(patient, members), TODAY);
        return RecordHistory.with(CareTeamResource.team(view, view.team().members(), Map.of()), view.team().members());
    }

    private static Resource roundTrip(Resource r) {
        return (Resource) FHIR.newJsonParser().parseResource(json(r));
    }

    private static String json(Resource r) {
        return FHIR.newJsonParser().encodeResourceToString(r);
    }

    private static String withoutId(String json) {
        return json.replaceFirst("\"id\":\"[^\"]*\",", "");
    }

    /** The same resource but for its id, the old patient read as the new one. */
    private static void assertSameExport(Resource before, Resource after) {
        assertEquals(withoutId(json(before).replace(OLD_PATIENT.toString(), NEW_PATIENT.toString())), withoutId(json(after)));
    }
}
