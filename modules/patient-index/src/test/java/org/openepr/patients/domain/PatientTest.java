package org.openepr.patients.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PatientTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Demographics details(String family, String postcode) {
        return Demographics.parse(new PatientForm("9990000018", family, "Ann", "1961-11-26", "female", "1 Road", null, "London",
                postcode, "F84003"), TODAY);
    }

    @Test
    void correctingDemographicsReportsWhatChangedAndWhoChangedIt() {
        Patient p = Patient.register(UUID.randomUUID(), details("Jones", "E1 6AN"), Instant.parse("2026-01-01T10:00:00Z"), "clerk");
        Instant later = Instant.parse("2026-02-01T10:00:00Z");
        assertEquals(List.of("familyName", "address"), p.correctDemographics(details("Davies", "N1 9GU"), later, "nurse"));
        assertEquals("Davies", p.familyName());
        assertEquals("nurse", p.updatedBy());
        assertEquals(later, p.updatedAt());
    }

    @Test
    void anUnchangedCorrectionChangesNothing() {
        Instant registered = Instant.parse("2026-01-01T10:00:00Z");
        Patient p = Patient.register(UUID.randomUUID(), details("Jones", "E1 6AN"), registered, "clerk");
        assertTrue(p.correctDemographics(details("Jones", "e16an"), Instant.now(), "nurse").isEmpty());
        assertEquals("clerk", p.updatedBy());
        assertEquals(registered, p.updatedAt());
    }

    @Test
    void ageCountsWholeYearsUpToTheBirthday() {
        Patient p = Patient.register(UUID.randomUUID(), details("Jones", "E1 6AN"), Instant.now(), "clerk");
        assertEquals(64, p.ageOn(TODAY), "birthday is tomorrow");
        assertEquals(65, p.ageOn(TODAY.plusDays(1)));
    }

    @Test
    void familyNamesAreSearchedCaseBlind() {
        assertEquals("O'BRIEN", Patient.searchKey(" o'Brien "));
    }

    @Test
    void recordingDeathLanguageAndNextOfKinAreChangesOfTheirOwn() {
        Patient p = Patient.register(UUID.randomUUID(), details("Jones", "E1 6AN"), Instant.parse("2026-01-01T10:00:00Z"), "clerk");
        var more = Demographics.parse(new PatientForm("9990000018", "Jones", "Ann", "1961-11-26", "female", "1 Road", null, "London",
                "E1 6AN", null, true, "07700 900123", null, "Bo Jones", "Son", null, "so", true, "Z", "20/11/2026"), TODAY);
        assertEquals(List.of("gpPractice", "contact", "nextOfKin", "language", "ethnicCategory", "deceasedDate"),
                p.correctDemographics(more, Instant.parse("2026-11-21T10:00:00Z"), "nurse"));
        assertTrue(p.gpPractice().isEmpty(), "no registered GP");
        assertEquals(Language.SOMALI, p.preferredLanguage());
        assertEquals(new NextOfKin("Bo Jones", "Son", null), p.nextOfKin());
        assertEquals(LocalDate.of(2026, 11, 20), p.deceasedDate());
        assertTrue(p.correctDemographics(more, Instant.now(), "nurse").isEmpty(), "the same details again change nothing");
    }
}
