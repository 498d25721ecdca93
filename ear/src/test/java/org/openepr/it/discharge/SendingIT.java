package org.openepr.it.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.discharge.application.sending.ManualHandling;
import org.openepr.discharge.application.sending.OutboxStatus;
import org.openepr.discharge.application.sending.SendSummaries;
import org.openepr.discharge.application.sending.SendingLimits;
import org.openepr.discharge.application.sending.TrackDeliveries;
import org.openepr.discharge.domain.DeliveryStates;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.ItkCode;
import org.openepr.discharge.domain.sending.Route;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.GpMailboxControl;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.SignedSummaries;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * Sending and tracking inside Liberty on PostgreSQL, against the stand-in GP mailbox (tools/gp-mailbox), which counts
 * what it received per idempotency key. Signed summaries are announced here as the signing use case announces them
 * ({@code SummarySigned} fired inside a transaction, with a test-fixture document), since drafting and signing are
 * built on another branch. The server's own sender and this deployment's both run: two senders on one outbox, as two
 * servers would be.
 */
@ExtendWith(ArquillianExtension.class)
class SendingIT {

    static final Duration PATIENCE = Duration.ofSeconds(45);
    static final String GP = "F84003";

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-sending-it", NhsNumbers.class, GpMailboxControl.class, GpMailboxControl.Letter.class, SignedSummaries.class,
                AsAnotherUser.class);
    }

    @Inject TrustContext trust;
    @Inject Event<SummarySigned> signing;
    @Inject UserTransaction transaction;
    @Inject RegisterPatient register;
    @Inject OutboxStatus outbox;
    @Inject DeliveryStates deliveryStates;
    @Inject TrackDeliveries tracking;
    @Inject ManualHandling manual;
    @Inject SendingLimits limits;
    @Inject SendSummaries sender;

    String signer;

    @BeforeEach
    void aClinicianOfRat() {
        signer = "it.signer." + UUID.randomUUID().toString().substring(0, 8);
        trust.bind(new Caller(signer, "Sam Signer", "127.0.0.1", Set.of(Roles.CLINICIAN, Roles.PRESCRIBER)), OdsCode.of("RAT"));
        GpMailboxControl.reset();
    }

    @AfterEach
    void mailboxBackToNormal() {
        GpMailboxControl.reset();
    }

    record Patient(UUID id, String nhsNumber) {
    }

    Patient patient(String gp) {
        String nhs = NhsNumbers.next();
        UUID id = register.register(UUID.randomUUID(), new PatientForm(nhs, "Sent", "Sasha", "1971-07-07", "female", "7 Post Road", null,
                "Leeds", "LS1 4AP", gp, gp == null, null, null, null, null, null, null, false, null, null)).patient().id();
        return new Patient(id, nhs);
    }

    /** As the signing use case does: the event inside the signing transaction. */
    SummarySigned sign(SummarySigned signed) throws Exception {
        transaction.begin();
        try {
            signing.fire(signed);
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
        return signed;
    }

    SummarySigned signFor(Patient p, String gp) throws Exception {
        return sign(SignedSummaries.first(p.id(), p.nhsNumber(), gp, signer));
    }

    Dispatch dispatch(SummarySigned s) {
        return outbox.of(s.summaryId(), s.version());
    }

    static String key(SummarySigned s) {
        return s.summaryId() + ":" + s.version();
    }

    Dispatch await(SummarySigned s, SummaryState state) throws InterruptedException {
        await(() -> dispatch(s).state() == state, "version " + key(s) + " reaches " + state + " (is " + dispatch(s).state() + ", "
                + dispatch(s).explanation() + ")");
        return dispatch(s);
    }

    /** Waits for a condition (the sender runs every 300 ms on the test server), never for a fixed time. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void queuedInTheSigningTransaction_thenSentDeliveredAccepted() throws Exception {
        Patient p = patient(GP);
        SummarySigned s = signFor(p, GP);
        Dispatch queued = dispatch(s);
        assertEquals(Route.MESH, queued.route());
        assertEquals(GP, queued.gpPractice());
        assertTrue(queued.payload().contains(key(s)) && queued.payload().contains("373942005"), "the message as it is sent, document inside");

        Dispatch accepted = await(s, SummaryState.ACCEPTED);
        assertNotNull(accepted.sentAt());
        assertFalse(accepted.deliveredAt().isBefore(accepted.sentAt()), "delivered after sent");
        assertFalse(accepted.acceptedAt().isBefore(accepted.deliveredAt()), "accepted after delivered");
        assertEquals(SummaryState.ACCEPTED, deliveryStates.of(s.summaryId(), 1).orElseThrow().state(), "tracking shows the same state");

        GpMailboxControl.Letter letter = GpMailboxControl.letter(key(s));
        assertEquals(1, letter.received());
        assertEquals(1, letter.letters());
        assertEquals(GP, letter.to());
        assertEquals("TOC_FHIR_MH_DISCH", letter.workflow());
        assertEquals(p.nhsNumber(), letter.nhsNumber());
        assertEquals(List.of("20013", "30001"), letter.answers());
    }

    @Test
    void eachNegativeCodeIsFinal_andShowsItsReason() throws Exception {
        List<ItkCode> negatives = List.of(ItkCode.values()).stream().filter(c -> !c.isPositive()).toList();
        List<SummarySigned> signed = new ArrayList<>();
        for (ItkCode code : negatives) {
            Patient p = patient(GP);
            GpMailboxControl.set("reject=" + code.code() + "&nhs=" + p.nhsNumber());
            signed.add(signFor(p, GP));
        }
        for (int i = 0; i < negatives.size(); i++) {
            ItkCode code = negatives.get(i);
            Dispatch failed = await(signed.get(i), SummaryState.FAILED);
            assertEquals(code.reason(), failed.reason());
            assertEquals(code.reason(), deliveryStates.of(signed.get(i).summaryId(), 1).orElseThrow().reason(), "tracking shows the reason");
            if (code.isInfrastructure()) {
                assertNull(failed.deliveredAt(), code + ": refused by the practice's system");
            } else {
                assertNotNull(failed.deliveredAt(), code + ": delivered, then refused by the practice");
            }
        }
        // later rounds of the sender never send a failed one again: one more summary goes all the way first
        Patient later = patient(GP);
        await(signFor(later, GP), SummaryState.ACCEPTED);
        for (int i = 0; i < negatives.size(); i++) {
            assertEquals(1, GpMailboxControl.letter(key(signed.get(i))).received(), negatives.get(i) + " is final: sent once");
            assertEquals(SummaryState.FAILED, dispatch(signed.get(i)).state());
        }
    }

    @Test
    void mailboxDownForAWhile_thenUp_eachDeliveredExactlyOnce() throws Exception {
        GpMailboxControl.set("mode=down");
        List<SummarySigned> signed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            signed.add(signFor(patient(GP), GP));
        }
        for (SummarySigned s : signed) {
            await(() -> dispatch(s).attempts() >= 2, "retried while the mailbox is down");
            Dispatch waiting = dispatch(s);
            assertEquals(SummaryState.QUEUED, waiting.state(), "a transport error is not a failure");
            assertTrue(waiting.explanation().startsWith("Retrying"), waiting.explanation());
        }
        GpMailboxControl.set("mode=unavailable"); // up again, but answering 503 for a while
        SummarySigned during503 = signFor(patient(GP), GP);
        await(() -> dispatch(during503).attempts() >= 2 && dispatch(during503).lastError() != null, "retried while the mailbox answers 503");
        assertTrue(dispatch(during503).lastError().contains("503"), dispatch(during503).lastError());
        signed.add(during503);
        GpMailboxControl.set("mode=up");
        for (SummarySigned s : signed) {
            await(s, SummaryState.ACCEPTED);
            GpMailboxControl.Letter letter = GpMailboxControl.letter(key(s));
            assertEquals(1, letter.letters(), "one letter");
            assertEquals(1, letter.received(), "refused connections and 503s reached nobody: received once");
        }
    }

    @Test
    void slowMailbox_theRetryIsAnsweredDuplicate_andMakesNoSecondLetter() throws Exception {
        GpMailboxControl.set("delay=2600"); // longer than the test server's 2 s transport timeout
        SummarySigned s = signFor(patient(GP), GP);
        await(() -> GpMailboxControl.letter(key(s)).received() >= 2, "the sender timed out and sent the same version again");
        GpMailboxControl.set("delay=0");
        Dispatch accepted = await(s, SummaryState.ACCEPTED);
        assertTrue(accepted.attempts() >= 2, "attempts: " + accepted.attempts());
        await(() -> GpMailboxControl.letter(key(s)).answers().contains("20007"), "the retry is answered duplicate");
        GpMailboxControl.Letter letter = GpMailboxControl.letter(key(s));
        assertEquals(1, letter.letters(), "however many times it was sent, one letter: " + letter);
        assertEquals(SummaryState.ACCEPTED, dispatch(s).state(), "'I already have it' for our own retry is not a failure");
    }

    @Test
    void theSameVersionAnnouncedTwiceIsOneLetter() throws Exception {
        Patient p = patient(GP);
        SummarySigned s = signFor(p, GP);
        sign(s);
        await(s, SummaryState.ACCEPTED);
        assertEquals(1, outbox.search(null, 0, 100).page().stream().filter(d -> d.summaryId().equals(s.summaryId())).count());
        assertEquals(1, GpMailboxControl.letter(key(s)).received());
    }

    @Test
    void aReplacementCarriesTheVersionItReplaces() throws Exception {
        Patient p = patient(GP);
        SummarySigned first = signFor(p, GP);
        await(first, SummaryState.ACCEPTED);
        SummarySigned second = sign(SignedSummaries.version(first.summaryId(), 2, 1, p.id(), p.nhsNumber(), GP, signer));
        Dispatch replacement = await(second, SummaryState.ACCEPTED);
        assertEquals(1, replacement.replacesVersion());
        assertTrue(replacement.payload().contains("\"value\":\"" + key(first) + "\""), "the message names the version it replaces");
        GpMailboxControl.Letter letter = GpMailboxControl.letter(key(second));
        assertEquals(key(first), letter.replaces());
        assertEquals(1, letter.letters());
        assertEquals(1, GpMailboxControl.letter(key(first)).letters(), "the first version's letter is not sent again");
    }

    @Test
    void noRegisteredGp_goesToManualHandling_whereStaffRecordHowItWasSent() throws Exception {
        Patient p = patient(null);
        SummarySigned s = signFor(p, null);
        Dispatch waiting = dispatch(s);
        assertEquals(Route.MANUAL, waiting.route());
        assertEquals(SummaryState.QUEUED, waiting.state());
        ManualHandling.Waiting listed = manual.waiting().stream().filter(w -> w.summaryId().equals(s.summaryId())).findFirst().orElseThrow();
        assertEquals(p.nhsNumber(), listed.nhsNumber().replace(" ", ""), "listed with the patient");
        assertTrue(listed.why().contains("No registered GP practice"));

        var none = assertThrows(InvalidInputException.class, () -> manual.record(listed.dispatchId(), listed.rowVersion(), "", null));
        assertEquals(List.of("how"), none.problems().stream().map(FieldProblem::field).toList());
        var other = assertThrows(InvalidInputException.class, () -> manual.record(listed.dispatchId(), listed.rowVersion(), "OTHER", " "));
        assertEquals(List.of("note"), other.problems().stream().map(FieldProblem::field).toList(), "Other needs a note");

        manual.record(listed.dispatchId(), listed.rowVersion(), "GIVEN_TO_PATIENT", "Handed over at discharge");
        Dispatch handled = dispatch(s);
        assertEquals(SummaryState.DELIVERED, handled.state());
        assertEquals(signer, handled.handledBy());
        assertTrue(manual.waiting().stream().noneMatch(w -> w.summaryId().equals(s.summaryId())), "off the list");
        assertThrows(StaleEditException.class, () -> manual.record(listed.dispatchId(), listed.rowVersion(), "POSTED", null),
                "a second member of staff recording it too is told it was done");
        assertEquals(0, GpMailboxControl.letter(key(s)).received(), "nothing went through MESH");
    }

    @Test
    void neverAnswered_isUnacknowledgedPastTheLimit_onTheDashboard_withWhoIsResponsible() throws Exception {
        GpMailboxControl.set("silent=true");
        Patient p = patient(GP);
        SummarySigned s = signFor(p, GP);
        await(s, SummaryState.SENT);
        assertTrue(tracking.dashboard().overdue().stream().noneMatch(l -> l.summary().summaryId().equals(s.summaryId())), "not late yet");

        int limit = tracking.dashboard().limits().unacknowledgedHours();
        signedHoursAgo(dispatch(s).id(), limit + 1);
        TrackDeliveries.Dashboard dashboard = tracking.dashboard();
        TrackDeliveries.Late late = dashboard.overdue().stream().filter(l -> l.summary().summaryId().equals(s.summaryId())).findFirst()
                .orElseThrow(() -> new AssertionError("the unacknowledged summary is on the dashboard"));
        assertEquals(TrackDeliveries.Overdue.UNACKNOWLEDGED, late.why());
        assertEquals(SummaryState.SENT, late.summary().state());
        assertEquals(signer, late.summary().responsible());
        assertEquals(p.nhsNumber(), late.patient().nhsNumber());
        assertTrue(late.age().toHours() >= limit);
        TrackDeliveries.StateLine sent = dashboard.states().stream().filter(l -> l.state() == SummaryState.SENT).findFirst().orElseThrow();
        assertTrue(sent.count() >= 1 && sent.overdue() >= 1, "counted with its age: " + sent);
        assertTrue(dashboard.overdueTotal() >= 1);

        // a clerk and a pharmacist see the same dashboard: nothing hidden in a queue only some staff can see
        for (String role : List.of(Roles.CLERK, Roles.PHARMACIST, Roles.TRUST_ADMIN)) {
            var seen = AsAnotherUser.run("RAT", "it." + role, Set.of(role), () -> tracking.dashboard());
            var listed = seen.overdue().stream().filter(l -> l.summary().summaryId().equals(s.summaryId())).findFirst();
            assertTrue(listed.isPresent(), role);
            // a trust admin sees it and who is responsible, but reads no patient record (the patient index refuses them)
            assertEquals(role.equals(Roles.TRUST_ADMIN), listed.get().patient() == null, role);
        }
        // and another trust sees nothing of it
        var rkl = AsAnotherUser.run("RKL", "it.rkl", Set.of(Roles.CLINICIAN), () -> tracking.dashboard());
        assertTrue(rkl.overdue().stream().noneMatch(l -> l.summary().summaryId().equals(s.summaryId())));
        UUID id = dispatch(s).id();
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", "it.rkl", Set.of(Roles.CLINICIAN), () -> outbox.one(id)));
    }

    @Test
    void aFailedSummaryIsOverdueAtOnce_untilSomebodyRecordsHowItWasHandled() throws Exception {
        Patient p = patient(GP);
        GpMailboxControl.set("reject=30003&nhs=" + p.nhsNumber());
        SummarySigned s = signFor(p, GP);
        await(s, SummaryState.FAILED);
        assertTrue(tracking.dashboard().overdue().stream().anyMatch(l -> l.summary().summaryId().equals(s.summaryId())
                && l.why() == TrackDeliveries.Overdue.FAILED && l.summary().reason().startsWith("30003")));
        ManualHandling.Waiting w = manual.waiting().stream().filter(x -> x.summaryId().equals(s.summaryId())).findFirst().orElseThrow();
        manual.record(w.dispatchId(), w.rowVersion(), "POSTED", null);
        assertEquals(SummaryState.FAILED, dispatch(s).state(), "the failure stays on record");
        assertTrue(tracking.dashboard().overdue().stream().noneMatch(l -> l.summary().summaryId().equals(s.summaryId())), "handled: not waiting");
    }

    @Test
    void limitsAreTheTrustAdminsAndCheckedField_byField() {
        assertThrows(AccessRefusedException.class, () -> limits.change("24"), "a clinician does not set the trust's limits");
        var bad = assertThrows(InvalidInputException.class, () -> AsAnotherUser.run("RAT", "it.admin", Set.of(Roles.TRUST_ADMIN),
                () -> limits.change("many")));
        assertEquals(List.of("unacknowledgedHours"), bad.problems().stream().map(FieldProblem::field).toList());
        assertThrows(AccessRefusedException.class, () -> sender.claimDue(1, Duration.ofSeconds(1)), "only the service itself sends");
    }

    /** Ages the fixture's dispatch as if signed {@code hours} ago. The server's clock is shared with the two senders, so it is not moved. */
    static void signedHoursAgo(UUID dispatchId, int hours) throws Exception {
        DataSource ds = javax.naming.InitialContext.doLookup("jdbc/epr");
        try (Connection c = ds.getConnection()) {
            // the application's own connection: row-level security applies, so bind the trust as every transaction does
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("select set_config('epr.trust', 'RAT', true)");
                 PreparedStatement age = c.prepareStatement("update summary_dispatch set queued_at = queued_at - make_interval(hours => ?),"
                         + " signed_at = signed_at - make_interval(hours => ?) where id = ?")) {
                bind.executeQuery().close();
                age.setInt(1, hours);
                age.setInt(2, hours);
                age.setObject(3, dispatchId);
                assertEquals(1, age.executeUpdate());
            }
            c.commit();
            c.setAutoCommit(auto);
        }
    }
}
