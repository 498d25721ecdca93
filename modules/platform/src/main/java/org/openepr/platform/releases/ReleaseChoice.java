package org.openepr.platform.releases;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * The trust admin's choice of release, for their own trust only (the trust is the request's, from the token): what
 * the trust is on, what the next release changes, taking it now or at a time, and returning to the release it left
 * within {@link ReleasePosition#RETURN_WINDOW}. Each change is audited in the trust's trail; each carries the version
 * the admin saw, so two admins cannot undo each other unseen.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class ReleaseChoice {

    @Inject
    Releases releases;

    @Inject
    TrustContext trust;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Where the trust stands, for the admin's page. */
    public record Status(Release current, Release next, List<ReleaseChange> nextChanges, Release scheduled, Instant scheduledFor,
                         Release previous, Instant returnUntil, boolean mayReturn, int version)
            implements java.io.Serializable {

        public boolean hasNext() {
            return next != null;
        }

        public boolean hasScheduled() {
            return scheduled != null;
        }
    }

    public Status status() {
        return status(settled());
    }

    public Status takeNext(int seenVersion) {
        TrustRelease row = current(seenVersion);
        ReleasePosition before = row.position().at(clock.instant());
        Release next = nextAfter(before);
        ReleasePosition after = before.moveTo(next.name(), clock.instant());
        row.become(after, trust.caller().userId());
        audit.record(PlatformAudit.RELEASE_TAKEN, next.name(), null, "from " + label(before.release()) + " to " + next.label()
                + "; may return until " + UkDates.dateTime(after.returnUntil().orElseThrow()));
        return changed(row);
    }

    public Status scheduleNext(Instant when, int seenVersion) {
        if (when == null) {
            throw new InvalidInputException("scheduledFor", "Give the date and time of the move");
        }
        TrustRelease row = current(seenVersion);
        Instant now = clock.instant();
        ReleasePosition before = row.position().at(now);
        Release next = nextAfter(before);
        Instant at = when;
        row.become(before.schedule(next.name(), at, now), trust.caller().userId());
        String was = before.scheduledRelease() == null ? "" : " (was " + UkDates.dateTime(before.scheduledFor()) + ")";
        audit.record(PlatformAudit.RELEASE_MOVE_SCHEDULED, next.name(), null, "from " + label(before.release()) + " to " + next.label()
                + " at " + UkDates.dateTime(at) + was);
        return changed(row);
    }

    public Status cancelSchedule(int seenVersion) {
        TrustRelease row = current(seenVersion);
        ReleasePosition before = row.position().at(clock.instant());
        row.become(before.cancelSchedule(clock.instant()), trust.caller().userId());
        audit.record(PlatformAudit.RELEASE_MOVE_CANCELLED, before.scheduledRelease(), null,
                "the move to " + label(before.scheduledRelease()) + " at " + UkDates.dateTime(before.scheduledFor()) + " will not happen");
        return changed(row);
    }

    public Status returnToPrevious(int seenVersion) {
        TrustRelease row = current(seenVersion);
        ReleasePosition before = row.position().at(clock.instant());
        ReleasePosition after = before.returnToPrevious(clock.instant());
        row.become(after, trust.caller().userId());
        audit.record(PlatformAudit.RELEASE_RETURNED, after.release(), null, "from " + label(before.release()) + " back to " + label(after.release()));
        return changed(row);
    }

    private TrustRelease settled() {
        return releases.settled(trust.requireTrust(), trust.caller().userId());
    }

    private TrustRelease current(int seenVersion) {
        TrustRelease row = settled();
        if (row.version() != seenVersion) {
            throw new StaleEditException("Someone else changed your trust's release meanwhile: this page now shows where it stands");
        }
        return row;
    }

    private Release nextAfter(ReleasePosition position) {
        return releases.catalogue().after(releases.releaseNamed(position.release()))
                .orElseThrow(() -> new InvalidInputException("release", "Your trust is on the newest release; there is none to take"));
    }

    private Status changed(TrustRelease row) {
        releases.flush(); // the version the page holds for its next action is the one this change gives the row
        releases.refreshAfterCommit();
        return status(row);
    }

    private Status status(TrustRelease row) {
        Instant now = clock.instant();
        ReleasePosition p = row.position().at(now);
        Release current = releases.releaseNamed(p.release());
        Release next = releases.catalogue().after(current).orElse(null);
        List<ReleaseChange> changes = next == null ? List.of() : ReleaseCatalogue.changes(current, next, releases.declaredFeatures());
        return new Status(current, next, changes, p.scheduledRelease() == null ? null : releases.releaseNamed(p.scheduledRelease()), p.scheduledFor(),
                p.previous() == null ? null : releases.releaseNamed(p.previous()), p.returnUntil().orElse(null), p.mayReturn(now), row.version());
    }

    private String label(String releaseName) {
        return releaseName == null ? "(none)" : releases.releaseNamed(releaseName).label();
    }
}
