package org.openepr.discharge.domain.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.RuleRefusedException;

class EpisodeOfCareTest {

    static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");
    static final ServiceReferral MEMORY = new ServiceReferral(null, "Memory  Service", LocalDate.of(2027, 2, 1));

    static EpisodeOfCare accepted(LocalDate on) {
        return EpisodeOfCare.accept(UUID.randomUUID(), UUID.randomUUID(), MEMORY, "Memory team North", on, "dr.lead",
                LegalStatusClassification.NOT_APPLICABLE, "nurse", NOW);
    }

    @Test
    void anAcceptedReferralOpensACommunityEpisodeFromTheDayItWasAccepted() {
        EpisodeOfCare e = accepted(LocalDate.of(2027, 2, 10));
        assertEquals(EpisodeKind.COMMUNITY, e.kind());
        assertEquals(Instant.parse("2027-02-10T00:00:00Z"), e.startedAt());
        assertEquals("Memory  Service", e.place());
        assertEquals("memory service", EpisodeOfCare.keyOf(e.service()));
        assertTrue(e.isOpen());
    }

    @Test
    void acceptanceFollowsTheReferralAndIsNotInTheFuture() {
        var early = assertThrows(RuleRefusedException.class, () -> accepted(LocalDate.of(2027, 1, 31)));
        assertEquals("acceptedOn", early.problems().get(0).field());
        assertEquals("Accepted cannot be before the referral (01-Feb-2027)", early.problems().get(0).message());
        assertEquals("acceptedOn", assertThrows(RuleRefusedException.class, () -> accepted(LocalDate.of(2027, 3, 4))).problems().get(0).field());
        var futureReferral = assertThrows(RuleRefusedException.class, () -> EpisodeOfCare.accept(UUID.randomUUID(), UUID.randomUUID(),
                new ServiceReferral(null, "CAMHS", LocalDate.of(2027, 3, 10)), "Team", LocalDate.of(2027, 3, 3), "dr", LegalStatusClassification.INFORMAL,
                "n", NOW));
        assertEquals("referralDate", futureReferral.problems().get(0).field());
    }

    @Test
    void dischargeFromTheServiceIsNotBeforeTheAcceptanceAndHappensOnce() {
        EpisodeOfCare e = accepted(LocalDate.of(2027, 2, 10));
        var before = assertThrows(RuleRefusedException.class, () -> e.dischargeFromService(Instant.parse("2027-02-09T12:00:00Z"),
                LegalStatusClassification.INFORMAL, "Goals met", "dr", NOW));
        assertEquals("dischargedOn", before.problems().get(0).field());
        assertEquals("Discharge cannot be before the acceptance (10-Feb-2027)", before.problems().get(0).message());
        e.dischargeFromService(NOW, LegalStatusClassification.INFORMAL, "Goals met", "dr", NOW);
        assertFalse(e.isOpen());
        assertEquals("Goals met", e.endReason());
        assertThrows(RuleRefusedException.class, () -> e.dischargeFromService(NOW, LegalStatusClassification.INFORMAL, null, "dr", NOW));
    }

    @Test
    void theSameSubmissionIsRecognised() {
        EpisodeOfCare e = accepted(LocalDate.of(2027, 2, 10));
        UUID form = UUID.randomUUID();
        assertFalse(e.lastChangedBy(form));
        e.changed(form, "dr", NOW);
        assertTrue(e.lastChangedBy(form));
        assertFalse(e.lastChangedBy(null));
    }

    @Test
    void legalStatusCodesAreTheNationalClassification() {
        assertEquals("03", LegalStatusClassification.SECTION_3.code());
        assertEquals(LegalStatusClassification.NOT_KNOWN, LegalStatusClassification.ofCode("99").orElseThrow());
        assertEquals("Section 3 (03)", LegalStatusClassification.SECTION_3.label());
        assertTrue(LegalStatusClassification.ofCode("11").isEmpty(), "11 is not a code");
    }
}
