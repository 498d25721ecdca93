package org.openepr.it.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.clinics.ClinicFeatures;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.InServer;
import org.openepr.it.support.MovableClock;
import org.openepr.platform.audit.AuditEvent;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.releases.Features;
import org.openepr.platform.releases.HostedReleases;
import org.openepr.platform.releases.ReleaseChange;
import org.openepr.platform.releases.ReleaseChoice;
import org.openepr.platform.releases.Releases;
import org.openepr.platform.releases.ScheduledMoves;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * Release channels inside Liberty on PostgreSQL, with a clock the test can move: a trust admin takes the next release,
 * returns within the window and is refused after it, schedules a move that happens at its time, and reaches neither
 * another trust's release nor the operator's default; the operator sees every trust's release. Works on TAF and RWK
 * (ReleaseScreensIT works on RAT and RKL) and puts them back on 2026.1 after each test.
 */
@ExtendWith(ArquillianExtension.class)
class ReleasesIT {

    static final Set<String> ADMIN = Set.of(Roles.TRUST_ADMIN);

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-releases-it", MovableClock.class, AsAnotherUser.class);
    }

    @Inject TrustContext trust;
    @Inject MovableClock clock;
    @Inject ReleaseChoice choice;
    @Inject HostedReleases hosted;
    @Inject Releases releases;
    @Inject Features features;
    @Inject ReadAuditTrail audit;
    @Inject ScheduledMoves moves;
    @Inject org.openepr.platform.trust.HostedTrusts operatorTrail;

    /** A fresh admin id per test, so the audit lines counted are this test's. */
    final String admin = "it.admin." + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void backToTheFirstRelease() throws Exception {
        clock.reset();
        // as the application's role (trust_release and instance_setting are instance metadata it may update)
        javax.sql.DataSource db = javax.naming.InitialContext.doLookup("jdbc/epr");
        try (Connection c = db.getConnection(); var st = c.createStatement()) {
            st.executeUpdate("update trust_release set release = '2026.1', previous_release = null, moved_at = null,"
                    + " scheduled_release = null, scheduled_for = null where ods_code in ('TAF', 'RWK')");
            st.executeUpdate("update instance_setting set value = '2026.1' where setting = 'releases.default_for_new_trusts'");
        }
        releases.refresh();
    }

    <T> T asAdminOf(String ods, java.util.concurrent.Callable<T> work) {
        return AsAnotherUser.run(ods, admin, ADMIN, work);
    }

    boolean reasonOnTheClinicListIn(String ods) {
        return AsAnotherUser.run(ods, "it.clinician", Set.of(Roles.CLINICIAN), () -> features.isOn(ClinicFeatures.BOOKING_REASON_ON_CLINIC_LIST));
    }

    /** Background work runs outside any request, as the server's own timer thread would. */
    static <T> T runOnAThreadOfItsOwn(java.util.concurrent.Callable<T> work) {
        try {
            jakarta.enterprise.concurrent.ManagedExecutorService executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            return executor.submit(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<AuditEvent> myAuditLines(String ods) {
        return asAdminOf(ods, () -> audit.latest(500)).stream().filter(a -> a.actor().equals(admin)).toList();
    }

    @Test
    void theSeededTrustsStartOnTheDefaultAndTheNextReleaseIsDescribedInWords() {
        ReleaseChoice.Status taf = asAdminOf("TAF", choice::status);
        assertEquals("2026.1 stable", taf.current().label());
        assertEquals("2026.2 early", taf.next().label());
        assertEquals(List.of(new ReleaseChange(ClinicFeatures.BOOKING_REASON_ON_CLINIC_LIST, ReleaseChange.Kind.ADDED)), taf.nextChanges());
        assertNull(taf.previous());
        assertFalse(reasonOnTheClinicListIn("TAF"));
    }

    @Test
    void takingTheNextReleaseTurnsItsFeatureOnForThatTrustOnlyAndReturningTurnsItOff() {
        clock.set(LocalDateTime.of(2031, 6, 4, 10, 0));
        int version = asAdminOf("TAF", choice::status).version();
        ReleaseChoice.Status moved = asAdminOf("TAF", () -> choice.takeNext(version));
        assertEquals("2026.2 early", moved.current().label());
        assertEquals("2026.1 stable", moved.previous().label());
        assertTrue(moved.mayReturn());
        assertEquals(LocalDateTime.of(2031, 6, 18, 10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant(), moved.returnUntil());
        assertEquals(version + 1, moved.version(), "the version the admin's page holds for its next action");
        assertTrue(reasonOnTheClinicListIn("TAF"), "TAF is on 2026.2");
        assertFalse(reasonOnTheClinicListIn("RWK"), "RWK, at the same moment, is still on 2026.1");

        clock.advance(Duration.ofDays(13));
        ReleaseChoice.Status back = asAdminOf("TAF", () -> choice.returnToPrevious(moved.version()));
        assertEquals("2026.1 stable", back.current().label());
        assertFalse(reasonOnTheClinicListIn("TAF"));

        List<String> lines = myAuditLines("TAF").stream().map(a -> a.action() + ": " + a.detail()).toList();
        assertTrue(lines.contains("RELEASE_TAKEN: from 2026.1 stable to 2026.2 early; may return until 18-Jun-2031 10:00"), lines.toString());
        assertTrue(lines.contains("RELEASE_RETURNED: from 2026.2 early back to 2026.1 stable"), lines.toString());
    }

    @Test
    void returningAfterTheWindowIsRefusedWithAClearMessage() {
        clock.set(LocalDateTime.of(2031, 6, 4, 10, 0));
        int version = asAdminOf("TAF", choice::status).version();
        ReleaseChoice.Status moved = asAdminOf("TAF", () -> choice.takeNext(version));
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        assertFalse(asAdminOf("TAF", choice::status).mayReturn());
        var refused = assertThrows(RuleRefusedException.class, () -> asAdminOf("TAF", () -> choice.returnToPrevious(moved.version())));
        assertEquals("Returning to release 2026.1 was possible for 14 days after the move, until 18-Jun-2031 10:00; that time has passed."
                + " Ask your hosting provider if you need the earlier behaviour back.", refused.problems().get(0).message());
        assertTrue(reasonOnTheClinicListIn("TAF"), "still on 2026.2");
    }

    @Test
    void aScheduledMoveHappensAtItsTime() {
        clock.set(LocalDateTime.of(2031, 6, 4, 10, 0));
        var at = LocalDateTime.of(2031, 6, 4, 18, 30).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        int version = asAdminOf("TAF", choice::status).version();
        ReleaseChoice.Status scheduled = asAdminOf("TAF", () -> choice.scheduleNext(at, version));
        assertEquals("2026.2 early", scheduled.scheduled().label());
        assertEquals("2026.1 stable", scheduled.current().label());

        clock.set(LocalDateTime.of(2031, 6, 4, 18, 29));
        assertFalse(reasonOnTheClinicListIn("TAF"), "a minute before its time, the move has not happened");
        clock.set(LocalDateTime.of(2031, 6, 4, 18, 30));
        assertTrue(reasonOnTheClinicListIn("TAF"), "at its time the trust is on 2026.2, without anyone acting");

        // the minute's round writes the move into TAF's row and audit trail, as TAF's background worker
        runOnAThreadOfItsOwn(moves::round);
        List<String> byWorker = AsAnotherUser.run("TAF", admin, ADMIN, () -> audit.latest(500)).stream()
                .filter(a -> a.action().equals("RELEASE_MOVED_AS_SCHEDULED") && a.detail().contains("04-Jun-2031 18:30"))
                .map(a -> a.actor() + ": " + a.detail()).toList();
        assertEquals(List.of("service:release-mover: from 2026.1 stable to 2026.2 early at 04-Jun-2031 18:30, as scheduled"), byWorker);
        assertEquals(0, runOnAThreadOfItsOwn(moves::round), "written once");

        ReleaseChoice.Status after = asAdminOf("TAF", choice::status);
        assertEquals("2026.2 early", after.current().label());
        assertEquals("2026.1 stable", after.previous().label());
        assertEquals(at.plus(Duration.ofDays(14)), after.returnUntil(), "the way back counts from the scheduled time");
        List<String> lines = myAuditLines("TAF").stream().map(a -> a.action() + ": " + a.detail()).toList();
        assertTrue(lines.contains("RELEASE_MOVE_SCHEDULED: from 2026.1 stable to 2026.2 early at 04-Jun-2031 18:30"), lines.toString());
    }

    @Test
    void aScheduledMoveMayBeCancelledAndAMoveInThePastIsRefused() {
        clock.set(LocalDateTime.of(2031, 6, 4, 10, 0));
        var past = LocalDateTime.of(2031, 6, 4, 9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        int seen = asAdminOf("TAF", choice::status).version();
        var refused = assertThrows(RuleRefusedException.class, () -> asAdminOf("TAF", () -> choice.scheduleNext(past, seen)));
        assertEquals("scheduledFor", refused.problems().get(0).field());
        var later = past.plus(Duration.ofDays(2));
        int version = asAdminOf("TAF", choice::status).version();
        ReleaseChoice.Status scheduled = asAdminOf("TAF", () -> choice.scheduleNext(later, version));
        ReleaseChoice.Status cancelled = asAdminOf("TAF", () -> choice.cancelSchedule(scheduled.version()));
        assertNull(cancelled.scheduled());
        clock.advance(Duration.ofDays(3));
        assertFalse(reasonOnTheClinicListIn("TAF"), "the cancelled move never happens");
    }

    @Test
    void anAdminActingOnWhatTheyNoLongerSeeIsToldSoAndNothingChanges() {
        int seen = asAdminOf("TAF", choice::status).version();
        asAdminOf("TAF", () -> choice.takeNext(seen));
        assertThrows(StaleEditException.class, () -> asAdminOf("TAF", () -> choice.returnToPrevious(seen)));
        assertTrue(reasonOnTheClinicListIn("TAF"));
    }

    @Test
    void aTrustAdminChangesOnlyTheirOwnTrustAndNeverTheOperatorsDefault() {
        int version = asAdminOf("TAF", choice::status).version();
        asAdminOf("TAF", () -> choice.takeNext(version));
        assertEquals("2026.1 stable", asAdminOf("RWK", choice::status).current().label(), "RWK's release did not move with TAF's");
        assertFalse(reasonOnTheClinicListIn("RWK"));
        assertThrows(AccessRefusedException.class, () -> asAdminOf("TAF", () -> {
            hosted.setDefaultForNewTrusts("2026.2");
            return null;
        }));
        assertThrows(AccessRefusedException.class, () -> asAdminOf("TAF", hosted::trusts));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("TAF", "it.clinician", Set.of(Roles.CLINICIAN), choice::status),
                "only the trust admin chooses the release");
        assertEquals("2026.1", releases.defaultForNewTrusts().name());
    }

    @Test
    void theOperatorSeesEveryTrustsReleaseAndSetsTheDefaultForNewTrusts() {
        int version = asAdminOf("TAF", choice::status).version();
        asAdminOf("TAF", () -> choice.takeNext(version));
        trust.bind(new Caller("it.operator", "IT Operator", "127.0.0.1", Set.of(Roles.HOSTING_OPERATOR)), null);
        var lines = hosted.trusts();
        assertEquals("2026.2 early", lines.stream().filter(t -> t.odsCode().equals(OdsCode.of("TAF"))).findFirst().orElseThrow().release().label());
        assertEquals("2026.1 stable", lines.stream().filter(t -> t.odsCode().equals(OdsCode.of("RWK"))).findFirst().orElseThrow().release().label());
        assertTrue(lines.stream().map(t -> t.odsCode().value()).toList().containsAll(List.of("RAT", "RKL", "TAF", "RWK")), "every hosted trust: " + lines);

        assertEquals("2026.1", hosted.defaultForNewTrusts().name(), "the newest stable release until the operator chooses");
        hosted.setDefaultForNewTrusts("2026.2");
        assertEquals("2026.2", releases.defaultForNewTrusts().name(), "what onboarding will use");
        var line = operatorTrail.auditTrail(50).stream().filter(a -> a.action().equals("DEFAULT_RELEASE_SET")).findFirst().orElseThrow();
        assertEquals("DEFAULT_RELEASE_SET", line.action());
        assertEquals("new trusts start on 2026.2 early (was 2026.1 stable)", line.detail());
        assertEquals("it.operator", line.actor());
        var unknown = assertThrows(org.openepr.platform.errors.InvalidInputException.class, () -> hosted.setDefaultForNewTrusts("2019.1"));
        assertEquals("defaultRelease", unknown.problems().get(0).field());
        assertEquals("2026.1", releases.startOn(OdsCode.of("RWK"), null, "it").name(),
                "a hosted trust keeps its release when seeded again; only a new trust starts on the default");
    }
}
