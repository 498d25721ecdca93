package org.openepr.discharge.domain.sending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.TrackedSummary;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.persistence.TrustOwned;

/**
 * One signed summary version on its way to the GP practice (a row of the transactional outbox): written in the signing
 * transaction with the message exactly as it will be sent, then moved on by the sender and by the practice's answers.
 * Its state only moves forward (queued, sent, delivered, accepted); a negative answer fails it for good, with the
 * reason. A summary without a registered GP practice takes the manual route: staff record how they sent it.
 */
@Entity
@Table(name = "summary_dispatch")
public class Dispatch extends TrustOwned {

    /** One dispatch per signed version: a second event for the same version is refused by the database too. */
    public static final String ONE_PER_VERSION = "summary_dispatch_one_per_version";

    private static final List<SummaryState> FORWARD = List.of(SummaryState.QUEUED, SummaryState.SENT, SummaryState.DELIVERED,
            SummaryState.ACCEPTED);

    @Id
    private UUID id;

    @Column(name = "summary_id")
    private UUID summaryId;

    @Column(name = "summary_version")
    private int summaryVersion;

    @Column(name = "replaces_version")
    private Integer replacesVersion;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "nhs_number")
    private String nhsNumber;

    @Column(name = "gp_practice")
    private String gpPractice;

    @Column(name = "dispatch_key")
    private String dispatchKey;

    private String payload;

    @Enumerated(EnumType.STRING)
    private Route route;

    @Enumerated(EnumType.STRING)
    private SummaryState state;

    @Column(name = "state_since")
    private Instant stateSince;

    private String reason;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "queued_at")
    private Instant queuedAt;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "mesh_message_id")
    private String meshMessageId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "handled_how")
    private HandledHow handledHow;

    @Column(name = "handled_note")
    private String handledNote;

    @Column(name = "handled_by")
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Version
    private int version;

    protected Dispatch() {
    }

    /** The outbox row of a signed version, due at once; the manual route when the patient has no GP practice. */
    public static Dispatch queue(UUID id, SummarySigned signed, String payload, Instant now) {
        Dispatch d = new Dispatch();
        d.id = id;
        d.summaryId = signed.summaryId();
        d.summaryVersion = signed.version();
        d.replacesVersion = signed.replacesVersion();
        d.patientId = signed.patientId();
        d.nhsNumber = signed.nhsNumber();
        d.gpPractice = signed.gpPractice();
        d.dispatchKey = new DispatchKey(signed.summaryId(), signed.version()).toString();
        d.payload = payload;
        d.route = signed.gpPractice() == null ? Route.MANUAL : Route.MESH;
        d.state = SummaryState.QUEUED;
        d.stateSince = now;
        d.signedBy = signed.signedBy();
        d.signedAt = signed.signedAt();
        d.queuedAt = now;
        d.nextAttemptAt = d.route == Route.MESH ? now : null;
        return d;
    }

    /**
     * A dispatch as another trust's export recorded it (an import): its state and history as they were, under new ids,
     * with the message rebuilt for the new ids. Never due: the importing trust does not send it again on its own (a
     * delivered or accepted letter is the GP's already; one queued or failed there stays on the dashboard as it was).
     */
    public record Imported(int summaryVersion, Integer replacesVersion, String nhsNumber, String gpPractice, Route route, SummaryState state,
            Instant stateSince, String reason, String signedBy, Instant signedAt, Instant queuedAt, int attempts, String lastError,
            String meshMessageId, Instant sentAt, Instant deliveredAt, Instant acceptedAt, Instant failedAt, HandledHow handledHow,
            String handledNote, String handledBy, Instant handledAt) {
    }

    public static Dispatch imported(UUID id, UUID summaryId, UUID patientId, String payload, Imported r) {
        Dispatch d = new Dispatch();
        d.id = id;
        d.summaryId = summaryId;
        d.summaryVersion = r.summaryVersion();
        d.replacesVersion = r.replacesVersion();
        d.patientId = patientId;
        d.nhsNumber = r.nhsNumber();
        d.gpPractice = r.gpPractice();
        d.dispatchKey = new DispatchKey(summaryId, r.summaryVersion()).toString();
        d.payload = payload;
        d.route = r.route();
        d.state = r.state();
        d.stateSince = r.stateSince();
        d.reason = r.reason();
        d.signedBy = r.signedBy();
        d.signedAt = r.signedAt();
        d.queuedAt = r.queuedAt();
        d.attempts = r.attempts();
        d.nextAttemptAt = null; // the sender takes only what is due: an imported letter never is
        d.lastError = r.lastError();
        d.meshMessageId = r.meshMessageId();
        d.sentAt = r.sentAt();
        d.deliveredAt = r.deliveredAt();
        d.acceptedAt = r.acceptedAt();
        d.failedAt = r.failedAt();
        d.handledHow = r.handledHow();
        d.handledNote = r.handledNote();
        d.handledBy = r.handledBy();
        d.handledAt = r.handledAt();
        return d;
    }

    public Imported toImported() {
        return new Imported(summaryVersion, replacesVersion, nhsNumber, gpPractice, route, state, stateSince, reason, signedBy, signedAt,
                queuedAt, attempts, lastError, meshMessageId, sentAt, deliveredAt, acceptedAt, failedAt, handledHow, handledNote, handledBy,
                handledAt);
    }

    /**
     * Taken by a sender for one attempt, committed before anything is sent: the attempt is counted even if the server
     * dies while sending, and no other sender takes it until the lease is over (then it is retried, and the practice's
     * "duplicate" answers that retry).
     */
    public void claim(Instant now, Duration lease) {
        requireToSend();
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    /** The mailbox took the message. */
    public void sent(String messageId, Instant now) {
        meshMessageId = messageId;
        lastError = null;
        if (state == SummaryState.QUEUED) {
            move(SummaryState.SENT, now);
            sentAt = now;
            nextAttemptAt = null;
        }
    }

    /** The mailbox could not be reached or did not answer in time: tried again after {@code wait}. */
    public void notSent(String error, Instant now, Duration wait) {
        if (state == SummaryState.QUEUED) {
            lastError = error.length() > 300 ? error.substring(0, 299) + "…" : error;
            nextAttemptAt = now.plus(wait);
        }
    }

    /**
     * An ITK3 acknowledgement. Returns whether it changed the state. A negative code fails the summary for good; a
     * "duplicate" answering our own retry (the message went more than once) means the practice already has it: at least
     * delivered, never a failure. Nothing moves a state backwards or revives a failure.
     */
    public boolean acknowledged(ItkCode code, Instant now) {
        if (state == SummaryState.FAILED || route != Route.MESH) {
            return false;
        }
        if (code.isDuplicate() && attempts > 1) {
            return advance(SummaryState.DELIVERED, now);
        }
        if (!code.isPositive()) {
            state = SummaryState.FAILED;
            stateSince = now;
            failedAt = now;
            reason = code.reason();
            nextAttemptAt = null;
            return true;
        }
        return advance(code == ItkCode.RECEIVED ? SummaryState.DELIVERED : SummaryState.ACCEPTED, now);
    }

    /**
     * Staff record how they sent it by hand: a summary without a GP practice is then delivered; a failed one stays failed
     * (the reason is kept) but is no longer waiting for anyone.
     */
    public void handledByHand(HandledHow how, String note, String by, Instant now) {
        if (handledAt != null) {
            throw new ConflictException("how", "How this summary was handled is already recorded");
        }
        if (route == Route.MESH && state != SummaryState.FAILED) {
            throw new ConflictException("how", "This summary is on its way to the GP practice through MESH: nothing to handle by hand");
        }
        handledHow = how;
        handledNote = note;
        handledBy = by;
        handledAt = now;
        if (route == Route.MANUAL) {
            move(SummaryState.DELIVERED, now);
            deliveredAt = now;
            reason = "By hand: " + how.label();
        }
    }

    /** Waiting for somebody: not accepted, not handled by hand. */
    public boolean isOpen() {
        return state != SummaryState.ACCEPTED && handledAt == null;
    }

    /** As tracking shows it: the state, since when, who is responsible (the signer), and why (failure, retry, route). */
    public TrackedSummary tracked() {
        return new TrackedSummary(summaryId, summaryVersion, patientId, state, stateSince, signedBy, explanation());
    }

    /** Why it stands where it stands, in words; null when the state says it all. */
    public String explanation() {
        return explanation(state, route, reason, attempts, lastError);
    }

    /** The same words from the columns alone, for lists that read a letter's state without its document. */
    public static String explanation(SummaryState state, Route route, String reason, int attempts, String lastError) {
        if (reason != null) {
            return reason;
        }
        if (route == Route.MANUAL) {
            return "No registered GP practice: on the manual-handling list";
        }
        if (state == SummaryState.QUEUED && lastError != null) {
            return "Retrying (attempt " + attempts + " failed: " + lastError + ")";
        }
        return null;
    }

    private boolean advance(SummaryState to, Instant now) {
        if (FORWARD.indexOf(to) <= FORWARD.indexOf(state)) {
            return false;
        }
        if (sentAt == null) {
            sentAt = now; // the answer came before our record of sending did (the send's answer was lost)
        }
        if (deliveredAt == null) {
            deliveredAt = now;
        }
        if (to == SummaryState.ACCEPTED) {
            acceptedAt = now;
        }
        move(to, now);
        nextAttemptAt = null;
        lastError = null;
        return true;
    }

    private void move(SummaryState to, Instant now) {
        state = to;
        stateSince = now;
    }

    private void requireToSend() {
        if (route != Route.MESH || state != SummaryState.QUEUED) {
            throw new IllegalStateException("Only a queued MESH dispatch is sent");
        }
    }

    public UUID id() { return id; }
    public UUID summaryId() { return summaryId; }
    public int summaryVersion() { return summaryVersion; }
    public Integer replacesVersion() { return replacesVersion; }
    public UUID patientId() { return patientId; }
    public String nhsNumber() { return nhsNumber; }
    public String gpPractice() { return gpPractice; }
    public DispatchKey key() { return DispatchKey.parse(dispatchKey); }
    public String payload() { return payload; }
    public Route route() { return route; }
    public SummaryState state() { return state; }
    public Instant stateSince() { return stateSince; }
    public String reason() { return reason; }
    public String signedBy() { return signedBy; }
    public Instant signedAt() { return signedAt; }
    public Instant queuedAt() { return queuedAt; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public String meshMessageId() { return meshMessageId; }
    public Instant sentAt() { return sentAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant failedAt() { return failedAt; }
    public HandledHow handledHow() { return handledHow; }
    public String handledNote() { return handledNote; }
    public String handledBy() { return handledBy; }
    public Instant handledAt() { return handledAt; }
    public int rowVersion() { return version; }

    /** The key of the version this one replaces at the practice, or null. */
    public DispatchKey replacesKey() {
        return replacesVersion == null ? null : new DispatchKey(summaryId, replacesVersion);
    }
}
