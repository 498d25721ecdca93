package org.openepr.platform.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.RuleRefusedException;

class ReleasePositionTest {

    static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");

    @Test
    void takingTheNextReleaseNowKeepsTheWayBackForFourteenDays() {
        ReleasePosition moved = ReleasePosition.startingOn("2026.1").moveTo("2026.2", NOW);
        assertEquals("2026.2", moved.release());
        assertEquals("2026.1", moved.previous());
        assertEquals(NOW.plus(Duration.ofDays(14)), moved.returnUntil().orElseThrow());
        assertTrue(moved.mayReturn(NOW.plus(Duration.ofDays(13))));
        ReleasePosition back = moved.returnToPrevious(NOW.plus(Duration.ofDays(13)));
        assertEquals("2026.1", back.release());
        assertNull(back.previous(), "a return has no way back of its own; the trust takes the next release again instead");
    }

    @Test
    void returningAfterTheWindowIsRefusedSayingWhenItClosed() {
        ReleasePosition moved = ReleasePosition.startingOn("2026.1").moveTo("2026.2", NOW);
        Instant late = NOW.plus(Duration.ofDays(14));
        assertFalse(moved.mayReturn(late));
        var e = assertThrows(RuleRefusedException.class, () -> moved.returnToPrevious(late));
        assertTrue(e.getMessage().contains("14 days after the move, until 17-Mar-2027 10:00"), e.getMessage());
    }

    @Test
    void aTrustThatNeverMovedHasNothingToReturnTo() {
        var e = assertThrows(RuleRefusedException.class, () -> ReleasePosition.startingOn("2026.1").returnToPrevious(NOW));
        assertTrue(e.getMessage().contains("none to return to"), e.getMessage());
    }

    @Test
    void aScheduledMoveHappensAtItsTimeWithoutAnyoneActing() {
        Instant at = NOW.plus(Duration.ofHours(8));
        ReleasePosition scheduled = ReleasePosition.startingOn("2026.1").schedule("2026.2", at, NOW);
        assertEquals("2026.1", scheduled.at(at.minusSeconds(1)).release(), "still on the old release until the time");
        ReleasePosition then = scheduled.at(at);
        assertEquals("2026.2", then.release());
        assertEquals(at, then.movedAt(), "the way back is counted from the scheduled time");
        assertEquals(at.plus(Duration.ofDays(14)), then.returnUntil().orElseThrow());
        assertNull(then.scheduledRelease());
    }

    @Test
    void aMoveIsScheduledOnlyForLaterAndMayBeCancelled() {
        ReleasePosition start = ReleasePosition.startingOn("2026.1");
        var e = assertThrows(RuleRefusedException.class, () -> start.schedule("2026.2", NOW, NOW));
        assertEquals("scheduledFor", e.problems().get(0).field());
        ReleasePosition cancelled = start.schedule("2026.2", NOW.plusSeconds(60), NOW).cancelSchedule(NOW);
        assertEquals(start, cancelled);
        assertThrows(RuleRefusedException.class, () -> start.cancelSchedule(NOW), "nothing to cancel");
    }

    @Test
    void takingTheReleaseAlreadyOnIsRefused() {
        assertThrows(RuleRefusedException.class, () -> ReleasePosition.startingOn("2026.2").moveTo("2026.2", NOW));
    }
}
