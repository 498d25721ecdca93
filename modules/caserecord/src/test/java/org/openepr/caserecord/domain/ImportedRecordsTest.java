package org.openepr.caserecord.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.MentalHealthActSection;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemKind;
import org.openepr.caserecord.domain.problems.ProblemStatus;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskCategory;
import org.openepr.caserecord.domain.risks.RiskSeverity;

/** Records made again from another instance's export keep what they were, and refuse a shape they could not have had. */
class ImportedRecordsTest {

    static final UUID PATIENT = UUID.randomUUID();
    static final Instant AT = Instant.parse("2026-03-04T10:15:30.123456Z");

    @Test
    void aDraftHasItsTextAndAValidatedNoteHasNone() {
        var standing = new ClinicalNote.Standing(3, "nurse.lee", AT, null);
        ClinicalNote draft = ClinicalNote.imported(UUID.randomUUID(), PATIENT, UUID.randomUUID(), "dr.khan", AT, "Seen at home", standing);
        assertTrue(draft.isDraft());
        assertEquals(3, draft.revision());
        assertEquals("nurse.lee", draft.lastSavedBy());
        assertThrows(IllegalArgumentException.class, () -> ClinicalNote.imported(UUID.randomUUID(), PATIENT, UUID.randomUUID(), "dr.khan", AT,
                "Seen at home", new ClinicalNote.Standing(3, "nurse.lee", AT, AT)));
        assertThrows(IllegalArgumentException.class, () -> ClinicalNote.imported(UUID.randomUUID(), PATIENT, UUID.randomUUID(), "dr.khan", AT,
                null, standing));
        assertFalse(ClinicalNote.imported(UUID.randomUUID(), PATIENT, UUID.randomUUID(), "dr.khan", AT, null,
                new ClinicalNote.Standing(2, "dr.khan", AT, AT)).isDraft());
    }

    @Test
    void onlyAnAmendmentSaysWhy() {
        UUID note = UUID.randomUUID();
        assertTrue(NoteVersion.imported(note, 2, 4, "Corrected", "Carer was present", "dr.khan", AT).isAmendment());
        assertThrows(IllegalArgumentException.class, () -> NoteVersion.imported(note, 1, 2, "First", "why?", "dr.khan", AT));
        assertThrows(IllegalArgumentException.class, () -> NoteVersion.imported(note, 2, 4, "Corrected", null, "dr.khan", AT));
    }

    @Test
    void anEndedAlertSaysWhenAndWhy() {
        RiskAlert ended = RiskAlert.imported(UUID.randomUUID(), PATIENT, RiskCategory.SAFEGUARDING, RiskSeverity.LOW, "Carer",
                LocalDate.of(2020, 1, 1), "dr.khan", AT, null, new RiskAlert.Act("dr.khan", AT, "Moved out"));
        assertFalse(ended.isActive(), "a review date long past is as it was, not refused");
        assertThrows(IllegalArgumentException.class, () -> RiskAlert.imported(UUID.randomUUID(), PATIENT, RiskCategory.SAFEGUARDING,
                RiskSeverity.LOW, "Carer", LocalDate.of(2020, 1, 1), "dr.khan", AT, null, new RiskAlert.Act("dr.khan", AT, null)));
    }

    @Test
    void onlyABloodPressureHasADiastolicValue() {
        var r = new Observation.Recording(PATIENT, UUID.randomUUID(), AT, "nurse.lee", AT);
        assertThrows(IllegalArgumentException.class, () -> Observation.imported(UUID.randomUUID(), r, VitalSign.PULSE, new BigDecimal("70"),
                new BigDecimal("60"), null, null));
        assertThrows(IllegalArgumentException.class, () -> Observation.imported(UUID.randomUUID(), r, VitalSign.BLOOD_PRESSURE,
                new BigDecimal("120"), null, null, null));
        UUID id = UUID.randomUUID();
        assertEquals(id, Observation.imported(id, r, VitalSign.PULSE, new BigDecimal("70"), null, null, null).id());
    }

    @Test
    void aProblemKeepsItsLastChangeAndAnUnchangedOneItsRecording() {
        Problem changed = Problem.imported(UUID.randomUUID(), PATIENT, ProblemKind.PROBLEM, null, null, "Housing", null,
                ProblemStatus.ENTERED_IN_ERROR, null, false, null, "dr.khan", AT, new Problem.Change("nurse.lee", AT.plusSeconds(5), "Wrong patient"));
        assertEquals("Wrong patient", changed.changeReason());
        Problem unchanged = Problem.imported(UUID.randomUUID(), PATIENT, ProblemKind.PROBLEM, null, null, "Housing", null,
                ProblemStatus.ACTIVE, null, false, null, "dr.khan", AT, null);
        assertEquals(AT, unchanged.changedAt());
        assertEquals("dr.khan", unchanged.changedBy());
    }

    @Test
    void aLegalStatusKeepsItsExpiryAsItStoodAndAnEndedOneSaysWhy() {
        Instant renewedTo = AT.plusSeconds(400 * 86_400L);
        LegalStatus renewed = LegalStatus.imported(UUID.randomUUID(), PATIENT, MentalHealthActSection.SECTION_3, AT, renewedTo,
                new LegalStatus.Course(2, "dr.khan", AT, null, null, null), "nurse.lee", AT);
        assertEquals(renewedTo, renewed.expiresAt());
        assertTrue(renewed.isCurrent());
        assertThrows(IllegalArgumentException.class, () -> LegalStatus.imported(UUID.randomUUID(), PATIENT, MentalHealthActSection.SECTION_2,
                AT, null, new LegalStatus.Course(0, null, null, AT, null, "dr.khan"), "nurse.lee", AT));
    }

    @Test
    void aNoteTypeKeepsTheIdItHadThere() {
        UUID id = UUID.randomUUID();
        NoteType type = NoteType.imported(id, "Risk assessment", 4);
        assertEquals(id, type.id());
        assertEquals(4, type.position());
    }
}
