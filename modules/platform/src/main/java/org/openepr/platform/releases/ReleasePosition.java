package org.openepr.platform.releases;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.time.UkDates;

/**
 * Where one trust stands among the releases: the release it is on, the one it came from and when it moved (for the
 * way back), and a move it has scheduled. A scheduled move takes effect at its time on its own: every read asks for
 * the position {@link #at} a moment, so no timer has to fire for the trust to be on the new release.
 *
 * @param release          the release's name
 * @param previous         the release it moved from, while it may still return to it; null otherwise
 * @param movedAt          when it moved to {@code release}; null if it started there
 * @param scheduledRelease the release it will move to at {@code scheduledFor}; null if none is scheduled
 */
public record ReleasePosition(String release, String previous, Instant movedAt, String scheduledRelease, Instant scheduledFor) {

    /** How long after a move the trust may return to the release it left. */
    public static final Duration RETURN_WINDOW = Duration.ofDays(14);

    public ReleasePosition {
        if (release == null) {
            throw new IllegalArgumentException("A trust is always on a release");
        }
        if ((scheduledRelease == null) != (scheduledFor == null)) {
            throw new IllegalArgumentException("A scheduled move names both the release and the time");
        }
    }

    public static ReleasePosition startingOn(String release) {
        return new ReleasePosition(release, null, null, null, null);
    }

    /** The position at {@code now}: a scheduled move whose time has come has happened. */
    public ReleasePosition at(Instant now) {
        if (scheduledFor != null && !now.isBefore(scheduledFor)) {
            return new ReleasePosition(scheduledRelease, release, scheduledFor, null, null);
        }
        return this;
    }

    /** Moves now; any move scheduled is then done with. */
    public ReleasePosition moveTo(String next, Instant now) {
        ReleasePosition current = at(now);
        if (current.release.equals(next)) {
            throw new RuleRefusedException("release", "Your trust is already on release " + next);
        }
        return new ReleasePosition(next, current.release, now, null, null);
    }

    /** Moves at a later time; until then the trust stays where it is, and may change its mind. */
    public ReleasePosition schedule(String next, Instant when, Instant now) {
        ReleasePosition current = at(now);
        if (!when.isAfter(now)) {
            throw new RuleRefusedException("scheduledFor", "Choose a time after now (" + UkDates.dateTime(now) + ") for the move");
        }
        if (current.release.equals(next)) {
            throw new RuleRefusedException("release", "Your trust is already on release " + next);
        }
        return new ReleasePosition(current.release, current.previous, current.movedAt, next, when);
    }

    public ReleasePosition cancelSchedule(Instant now) {
        ReleasePosition current = at(now);
        if (current.scheduledRelease == null) {
            throw new RuleRefusedException("scheduledFor", "No move is scheduled");
        }
        return new ReleasePosition(current.release, current.previous, current.movedAt, null, null);
    }

    /** Until when the trust may return to the release it left, if it may. */
    public Optional<Instant> returnUntil() {
        return previous == null || movedAt == null ? Optional.empty() : Optional.of(movedAt.plus(RETURN_WINDOW));
    }

    public boolean mayReturn(Instant now) {
        return at(now).returnUntil().map(now::isBefore).orElse(false);
    }

    /** Back to the release it left, within the window after the move; a return is itself a move, with no way back. */
    public ReleasePosition returnToPrevious(Instant now) {
        ReleasePosition current = at(now);
        if (current.previous == null) {
            throw new RuleRefusedException("release", "Your trust has not moved from another release, so there is none to return to");
        }
        Instant until = current.returnUntil().orElseThrow();
        if (!now.isBefore(until)) {
            throw new RuleRefusedException("release", "Returning to release " + current.previous + " was possible for "
                    + RETURN_WINDOW.toDays() + " days after the move, until " + UkDates.dateTime(until)
                    + "; that time has passed. Ask your hosting provider if you need the earlier behaviour back.");
        }
        return new ReleasePosition(current.previous, null, now, null, null);
    }
}
