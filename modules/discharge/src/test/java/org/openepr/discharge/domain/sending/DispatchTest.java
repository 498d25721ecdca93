package org.openepr.discharge.domain.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.platform.errors.ConflictException;

class DispatchTest {

    static final Instant T0 = Instant.parse("2027-03-03T10:00:00Z");

    static Dispatch queued(String gp) {
        SummarySigned signed = new SummarySigned(UUID.randomUUID(), 1, null, UUID.randomUUID(), "9990000018", gp, "{}", "dr.who", T0);
        return Dispatch.queue(UUID.randomUUID(), signed, "{}", T0);
    }

    static Dispatch sentOnce() {
        Dispatch d = queued("F84003");
        d.claim(T0, Duration.ofSeconds(5));
        d.sent("m1", T0.plusSeconds(1));
        return d;
    }

    @Test
    void aSummaryWithAPracticeIsQueuedForMeshAndDueAtOnce() {
        Dispatch d = queued("F84003");
        assertEquals(Route.MESH, d.route());
        assertEquals(SummaryState.QUEUED, d.state());
        assertEquals(T0, d.nextAttemptAt());
    }

    @Test
    void noPracticeGoesToManualHandling_neverToTheSender() {
        Dispatch d = queued(null);
        assertEquals(Route.MANUAL, d.route());
        assertNull(d.nextAttemptAt());
        assertThrows(IllegalStateException.class, () -> d.claim(T0, Duration.ofSeconds(5)));
        assertTrue(d.explanation().contains("manual-handling"));
    }

    @Test
    void queuedSentDeliveredAccepted() {
        Dispatch d = sentOnce();
        assertEquals(SummaryState.SENT, d.state());
        assertTrue(d.acknowledged(ItkCode.RECEIVED, T0.plusSeconds(2)));
        assertEquals(SummaryState.DELIVERED, d.state());
        assertTrue(d.acknowledged(ItkCode.PATIENT_KNOWN, T0.plusSeconds(3)));
        assertEquals(SummaryState.ACCEPTED, d.state());
        assertEquals(T0.plusSeconds(3), d.acceptedAt());
        assertFalse(d.isOpen());
    }

    @Test
    void everyNegativeCodeIsFinalWithItsReason() {
        for (ItkCode code : ItkCode.values()) {
            if (code.isPositive()) {
                continue;
            }
            Dispatch d = sentOnce();
            assertTrue(d.acknowledged(code, T0.plusSeconds(2)), code.name());
            assertEquals(SummaryState.FAILED, d.state());
            assertTrue(d.reason().startsWith(code.code()), d.reason());
            assertFalse(d.acknowledged(ItkCode.PATIENT_KNOWN, T0.plusSeconds(3)), "a failure is never revived");
            assertEquals(SummaryState.FAILED, d.state());
        }
    }

    @Test
    void duplicateAnsweringOurOwnRetryMeansThePracticeHasIt() {
        Dispatch d = queued("F84003");
        d.claim(T0, Duration.ofSeconds(5));
        d.notSent("timed out", T0.plusSeconds(2), Duration.ofSeconds(1)); // the first went through, its answer was lost
        d.claim(T0.plusSeconds(3), Duration.ofSeconds(5));
        d.sent("m2", T0.plusSeconds(3));
        assertTrue(d.acknowledged(ItkCode.DUPLICATE_MESSAGE, T0.plusSeconds(4)));
        assertEquals(SummaryState.DELIVERED, d.state(), "not a failure: the first copy arrived");
        assertTrue(d.acknowledged(ItkCode.PATIENT_KNOWN, T0.plusSeconds(5)));
        assertEquals(SummaryState.ACCEPTED, d.state());
        assertFalse(d.acknowledged(ItkCode.DUPLICATE_MESSAGE, T0.plusSeconds(6)), "nothing moves back");
    }

    @Test
    void anAnswerBeforeOurRecordOfSendingStillCounts() {
        Dispatch d = queued("F84003");
        d.claim(T0, Duration.ofSeconds(5));
        assertTrue(d.acknowledged(ItkCode.RECEIVED, T0.plusSeconds(1)));
        d.sent("m1", T0.plusSeconds(2));
        assertEquals(SummaryState.DELIVERED, d.state());
        assertEquals("m1", d.meshMessageId());
    }

    @Test
    void aTransportErrorWaitsForTheBackoffAndSaysWhy() {
        Dispatch d = queued("F84003");
        d.claim(T0, Duration.ofSeconds(5));
        d.notSent("connection refused", T0.plusSeconds(1), Duration.ofSeconds(30));
        assertEquals(SummaryState.QUEUED, d.state());
        assertEquals(T0.plusSeconds(31), d.nextAttemptAt());
        assertTrue(d.explanation().contains("attempt 1 failed: connection refused"), d.explanation());
    }

    @Test
    void handlingByHand() {
        Dispatch manual = queued(null);
        manual.handledByHand(HandledHow.POSTED, null, "clerk", T0.plusSeconds(60));
        assertEquals(SummaryState.DELIVERED, manual.state());
        assertFalse(manual.isOpen());
        assertThrows(ConflictException.class, () -> manual.handledByHand(HandledHow.POSTED, null, "clerk", T0));
        assertThrows(ConflictException.class, () -> sentOnce().handledByHand(HandledHow.POSTED, null, "clerk", T0),
                "a summary on its way through MESH is not handled by hand");
        Dispatch failed = sentOnce();
        failed.acknowledged(ItkCode.NO_LONGER_REGISTERED, T0.plusSeconds(2));
        failed.handledByHand(HandledHow.GIVEN_TO_PATIENT, "at clinic", "clerk", T0.plusSeconds(60));
        assertEquals(SummaryState.FAILED, failed.state(), "the failure and its reason stay on record");
        assertFalse(failed.isOpen());
    }
}
