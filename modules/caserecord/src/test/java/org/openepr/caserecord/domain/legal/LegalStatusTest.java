package org.openepr.caserecord.domain.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.RuleRefusedException;

class LegalStatusTest {

    // 10:00 UK time on Wed 03-Mar-2027 (GMT)
    private static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");

    private static LegalStatus begin(MentalHealthActSection section, Instant start) {
        return LegalStatus.begin(UUID.randomUUID(), section, start, "amira", NOW);
    }

    @Test
    void theUsualDurationsAreDerived() {
        Instant start = Instant.parse("2027-03-01T09:00:00Z");
        // 28 days in UK time: the clocks go forward on 28-Mar-2027, so 09:00 GMT becomes 09:00 BST (08:00 UTC)
        assertEquals(Instant.parse("2027-03-29T08:00:00Z"), begin(MentalHealthActSection.SECTION_2, start).expiresAt());
        // 6 months across the clocks going forward: same UK time of day (10:00 BST = 09:00 UTC)
        assertEquals(Instant.parse("2027-09-01T08:00:00Z"), begin(MentalHealthActSection.SECTION_3, start).expiresAt());
        assertEquals(start.plus(Duration.ofHours(72)), begin(MentalHealthActSection.SECTION_5_2, start).expiresAt());
        assertEquals(start.plus(Duration.ofHours(6)), begin(MentalHealthActSection.SECTION_5_4, start).expiresAt());
        assertEquals(start.plus(Duration.ofHours(24)), begin(MentalHealthActSection.SECTION_136, start).expiresAt());
        assertEquals(null, begin(MentalHealthActSection.SECTION_37_41, start).expiresAt());
        assertEquals("03", MentalHealthActSection.SECTION_3.nhsCode());
        assertEquals(null, MentalHealthActSection.CTO.nhsCode());
    }

    @Test
    void aFutureStartIsRefused() {
        var e = assertThrows(RuleRefusedException.class, () -> begin(MentalHealthActSection.SECTION_2, NOW.plusSeconds(60)));
        assertEquals("start", e.problems().get(0).field());
    }

    @Test
    void anEndBeforeTheStartOrInTheFutureIsRefused() {
        LegalStatus s = begin(MentalHealthActSection.SECTION_2, NOW.minus(Duration.ofDays(3)));
        assertThrows(RuleRefusedException.class, () -> s.end(NOW.minus(Duration.ofDays(4)), "x", "amira", NOW));
        assertThrows(RuleRefusedException.class, () -> s.end(NOW.plusSeconds(3600), "x", "amira", NOW));
        s.end(NOW, "Discharged by the responsible clinician", "amira", NOW);
        assertFalse(s.isCurrent());
        assertThrows(RuleRefusedException.class, () -> s.end(NOW, "again", "amira", NOW));
    }

    @Test
    void section3AndCtoRenewSixMonthsThenSixThenTwelve() {
        Instant start = Instant.parse("2026-03-10T10:00:00Z");
        LegalStatus s = LegalStatus.begin(UUID.randomUUID(), MentalHealthActSection.SECTION_3, start, "amira", Instant.parse("2026-03-10T11:00:00Z"));
        assertEquals(Instant.parse("2026-09-10T09:00:00Z"), s.expiresAt());
        s.renew("amira", Instant.parse("2026-09-01T09:00:00Z"));
        assertEquals(Instant.parse("2027-03-10T10:00:00Z"), s.expiresAt());
        s.renew("amira", NOW);
        assertEquals(Instant.parse("2028-03-10T10:00:00Z"), s.expiresAt(), "the second renewal is for a year");
        assertEquals(2, s.renewals());

        LegalStatus section2 = begin(MentalHealthActSection.SECTION_2, NOW.minus(Duration.ofDays(1)));
        assertThrows(RuleRefusedException.class, () -> section2.renew("amira", NOW), "section 2 is not renewable");
        LegalStatus lapsed = LegalStatus.begin(UUID.randomUUID(), MentalHealthActSection.CTO, Instant.parse("2026-08-01T10:00:00Z"), "amira",
                Instant.parse("2026-08-01T10:00:00Z"));
        assertThrows(RuleRefusedException.class, () -> lapsed.renew("amira", NOW), "a CTO cannot be renewed after it expired");
    }

    @Test
    void aRemandRenewsBy28DaysUpTo12Weeks() {
        LegalStatus s = begin(MentalHealthActSection.SECTION_35, NOW);
        s.renew("amira", NOW);
        s.renew("amira", NOW);
        assertThrows(RuleRefusedException.class, () -> s.renew("amira", NOW));
        assertEquals(Instant.parse("2027-05-26T09:00:00Z"), s.expiresAt(), "12 weeks in all, 10:00 UK time (BST)");
    }

    @Test
    void theCountdownSaysWhatIsLeftAndWhen() {
        LegalStatus s3 = begin(MentalHealthActSection.SECTION_3, Instant.parse("2026-10-14T09:00:00Z"));
        var c = s3.countdown(NOW);
        assertEquals("Section 3, 42 days left, renewal due 14-Apr-2027", c.text());
        assertFalse(c.urgent());
        LegalStatus s52 = begin(MentalHealthActSection.SECTION_5_2, NOW.minus(Duration.ofHours(2)));
        assertEquals("Section 5(2), 70 hours left, ends 06-Mar-2027 08:00", s52.countdown(NOW).text());
        LegalStatus s2 = begin(MentalHealthActSection.SECTION_2, NOW.minus(Duration.ofDays(30)));
        assertTrue(s2.countdown(NOW).expired());
        assertEquals("Section 2, expired 2 days ago (ended 01-Mar-2027)", s2.countdown(NOW).text());
        assertEquals("Informal", begin(MentalHealthActSection.INFORMAL, NOW).countdown(NOW).text());
    }
}
