package org.openepr.medicines.domain.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.medicines.domain.knowledge.ProductId;

class MedicationOrderTest {

    static final Instant T0 = Instant.parse("2027-03-03T10:00:00Z");
    static final ProductId SERTRALINE = new ProductId("LVMP0001");

    static Prescription sertraline(String mg, String notes) {
        return new Prescription(SERTRALINE, "26643006", new Dose(new BigDecimal(mg), "mg"), Frequency.ONCE_DAILY, null, LocalDate.of(2027, 3, 3),
                null, "Depression", notes);
    }

    static Prescribing by(String who, int minutes) {
        return new Prescribing(who, T0.plusSeconds(60L * minutes), "{}", "Test 1.0", null);
    }

    final MedicationOrder.Prescribed prescribed = MedicationOrder.prescribe(UUID.randomUUID(), UUID.randomUUID(), "CMHT North", false,
            sertraline("50", null), "Sertraline 50mg tablets", by("dr.who", 0));
    final MedicationOrder order = prescribed.order();
    final OrderVersion first = prescribed.first();

    @Test
    void aNewOrderAwaitsVerification() {
        assertEquals(OrderStatus.AWAITING_VERIFICATION, order.status());
        assertEquals(1, order.currentVersion());
        assertEquals(Verification.AWAITING, first.verification());
        assertEquals(T0, order.awaitingSince());
    }

    @Test
    void aPharmacistVerifiesButNeverTheirOwnPrescription() {
        var own = assertThrows(OrderRuleException.class, () -> order.verify(first, "dr.who", T0, null, "{}"));
        assertTrue(own.getMessage().contains("another pharmacist"));
        order.verify(first, "pharm.one", T0.plusSeconds(60), "ok", "{}");
        assertEquals(OrderStatus.VERIFIED, order.status());
        assertEquals("pharm.one", first.verifiedBy());
        var again = assertThrows(OrderRuleException.class, () -> order.verify(first, "pharm.two", T0, null, "{}"));
        assertTrue(again.getMessage().contains("already verified by pharm.one"), again.getMessage());
    }

    @Test
    void aQueryGoesBackToThePrescriberAndTheAnswerBackToThePharmacist() {
        OrderQuery q = order.query(first, "pharm.one", T0.plusSeconds(60), "Is 50 mg intended with her liver function?");
        assertEquals(OrderStatus.QUERIED, order.status());
        assertThrows(OrderRuleException.class, () -> order.verify(first, "pharm.one", T0, null, "{}"), "not while queried");
        order.answer(q, "dr.who", T0.plusSeconds(120), "Yes, LFTs normal last week");
        assertEquals(OrderStatus.AWAITING_VERIFICATION, order.status());
        assertFalse(q.isOpen());
        assertThrows(OrderRuleException.class, () -> order.answer(q, "dr.who", T0, "again"));
    }

    @Test
    void aClinicalChangeIsANewVersionBackToThePharmacistAndTheOldOneStaysReadable() {
        order.verify(first, "pharm.one", T0.plusSeconds(60), null, "{}");
        OrderVersion second = order.amend(first, sertraline("100", null), "Sertraline 50mg tablets", false, by("dr.who", 10), Optional.empty());
        assertEquals(2, order.currentVersion());
        assertEquals(OrderStatus.AWAITING_VERIFICATION, order.status());
        assertEquals(Verification.AWAITING, second.verification());
        assertEquals(Verification.VERIFIED, first.verification(), "version 1 was verified, and still says so");
        assertEquals(new BigDecimal("50"), first.prescription().dose().amount());
        assertThrows(OrderRuleException.class, () -> order.verify(first, "pharm.one", T0, null, "{}"), "an old version cannot be verified");
    }

    @Test
    void aChangeOfNotesOnlyKeepsTheVerification() {
        order.verify(first, "pharm.one", T0.plusSeconds(60), null, "{}");
        OrderVersion second = order.amend(first, sertraline("50", "Review in 6 weeks"), "Sertraline 50mg tablets", false, by("dr.who", 10),
                Optional.empty());
        assertEquals(OrderStatus.VERIFIED, order.status());
        assertEquals(Verification.CARRIED_OVER, second.verification());
        assertEquals("pharm.one", second.verifiedBy());
    }

    @Test
    void amendingAQueriedOrderAnswersTheQuery() {
        OrderQuery q = order.query(first, "pharm.one", T0.plusSeconds(60), "Dose?");
        OrderVersion second = order.amend(first, sertraline("25", null), "Sertraline 50mg tablets", false, by("dr.who", 10), Optional.of(q));
        assertFalse(q.isOpen());
        assertEquals("Amended: see version 2", q.answer());
        assertEquals(OrderStatus.AWAITING_VERIFICATION, order.status());
        assertEquals(Verification.SUPERSEDED, first.verification());
        order.verify(second, "pharm.one", T0.plusSeconds(900), null, "{}");
        assertEquals(OrderStatus.VERIFIED, order.status());
    }

    @Test
    void rejectedAndStoppedOrdersAreFinal() {
        order.reject(first, "pharm.one", T0, "Duplicate of an existing order");
        assertEquals(OrderStatus.REJECTED, order.status());
        assertThrows(OrderRuleException.class, () -> order.amend(first, sertraline("25", null), "x", false, by("dr.who", 1), Optional.empty()));
        assertThrows(OrderRuleException.class, () -> order.stop("dr.who", T0, "x"));
        var other = MedicationOrder.prescribe(UUID.randomUUID(), UUID.randomUUID(), "CMHT", false, sertraline("50", null), "x", by("dr.who", 0)).order();
        other.stop("dr.who", T0, "Side effects");
        assertEquals(OrderStatus.STOPPED, other.status());
        assertEquals("Side effects", other.stopReason());
    }
}
