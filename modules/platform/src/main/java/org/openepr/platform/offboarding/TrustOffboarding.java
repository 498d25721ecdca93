package org.openepr.platform.offboarding;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Trust;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;

/**
 * The hosting operator's side of offboarding: the legal hold, and the offboarding itself, which closes sign-in and
 * starts the erasure in the same transaction (the worker starts once it commits). The operator sees the erasure's
 * progress and certificate, never a patient record.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.HOSTING_OPERATOR, inTrust = false)
public class TrustOffboarding {

    /** Fired once an offboarding commits: the runner starts the erasure. */
    public record Offboarded(UUID erasure, OdsCode trust) {
    }

    /** Fired once the operator's retry commits: the runner tries the Keycloak clean-up again. */
    public record KeycloakRetryAsked(UUID erasure, OdsCode trust) {
    }

    /** A finished erasure's certificate, with the trust's name as it was (the trust's row outlives its data). */
    public record Certificate(Erasure erasure, String trustName) {
    }

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustRegistry registry;

    @Inject
    TrustContext trustContext;

    @Inject
    Erasures erasures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<Offboarded> offboarded;

    @Inject
    Event<KeycloakRetryAsked> keycloakRetry;

    public void setLegalHold(OdsCode trust, String reason) {
        String why = required(reason);
        trustOf(trust);
        registry.forChange(trust).holdForLegalReasons(why);
        audit.recordOperatorAction(PlatformAudit.LEGAL_HOLD_SET, trust, why);
    }

    public void clearLegalHold(OdsCode trust, String reason) {
        String why = required(reason);
        trustOf(trust);
        registry.forChange(trust).releaseLegalHold();
        audit.recordOperatorAction(PlatformAudit.LEGAL_HOLD_CLEARED, trust, why);
    }

    /**
     * Closes the trust's sign-in for good and starts erasing its data. Refused while its admin has not confirmed that
     * the export was received, and while it is under legal hold.
     */
    public UUID offboard(OdsCode trust) {
        Trust t = trustOf(trust);
        if (t.legalHold()) {
            throw new ConflictException("legalHold", "Trust " + trust + " is under legal hold (" + t.legalHoldReason()
                    + "): its data cannot be erased until the hold is cleared");
        }
        if (t.exportConfirmedJob().isEmpty()) {
            throw new ConflictException("exportConfirmation", "The trust admin of " + trust
                    + " has not confirmed that the export was received: offboarding waits for that confirmation");
        }
        if (t.status() == Trust.Status.OFFBOARDED || erasures.ofTrust(trust.value()).isPresent()) {
            throw new ConflictException("trust", "Trust " + trust + " is already offboarded");
        }
        Trust changed = registry.forChange(trust);
        changed.offboard();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        erasures.insert(new Erasure(id, trust.value(), trustContext.caller().userId(), now, t.exportConfirmedJob().get(),
                t.exportConfirmedBy(), t.exportConfirmedAt(), "RUNNING", now, null, null, List.of(), KeycloakOutcome.pending(), 0, 0));
        audit.recordOperatorAction(PlatformAudit.TRUST_OFFBOARDED, trust, "sign-in closed; erasure " + id + " started (export "
                + t.exportConfirmedJob().get() + " confirmed received by " + t.exportConfirmedBy() + ")");
        offboarded.fire(new Offboarded(id, trust));
        return id;
    }

    /** The trust's erasure: progress while it runs, the certificate once done. */
    public Optional<Erasure> erasureOf(OdsCode trust) {
        return erasures.ofTrust(trust.value());
    }

    /**
     * The certificate of a finished erasure, for the operator to download (PDF or JSON); each download is in the
     * operator's trail. Refused while the erasure runs.
     */
    public Certificate certificateOf(OdsCode trust, String format) {
        Trust t = trustOf(trust);
        Erasure e = erasures.ofTrust(trust.value()).orElseThrow(() -> new RecordNotFoundException("erasure"));
        if (!e.done()) {
            throw new ConflictException("erasure", "The erasure of " + trust + " is " + e.state() + ": its certificate comes when it is done");
        }
        audit.recordOperatorAction(PlatformAudit.ERASURE_CERTIFICATE_DOWNLOADED, trust, "erasure certificate " + e.id() + " as " + format);
        return new Certificate(e, t.name());
    }

    /** Tries the Keycloak clean-up of a finished erasure again (it waits while Keycloak fails); the worker runs it once this commits. */
    public void retryKeycloakCleanUp(OdsCode trust) {
        trustOf(trust);
        Erasure e = erasures.ofTrust(trust.value()).orElseThrow(() -> new RecordNotFoundException("erasure"));
        if (e.keycloak().done()) {
            throw new ConflictException("keycloak", "Keycloak holds nothing of " + trust + " any more: " + e.keycloak().outcome());
        }
        audit.recordOperatorAction(PlatformAudit.TRUST_KEYCLOAK_CLEANUP_RETRIED, trust, "Keycloak clean-up of erasure " + e.id() + " tried again");
        keycloakRetry.fire(new KeycloakRetryAsked(e.id(), trust));
    }

    /** Whether the trust is under legal hold, and why. */
    public Optional<String> legalHoldOf(OdsCode trust) {
        Trust t = trustOf(trust);
        return t.legalHold() ? Optional.of(t.legalHoldReason()) : Optional.empty();
    }

    /** When and by whom the trust admin confirmed the export, if they did. */
    public Optional<ExportReceipt.Confirmed> exportConfirmationOf(OdsCode trust) {
        Trust t = trustOf(trust);
        return t.exportConfirmedJob().map(job -> new ExportReceipt.Confirmed(job, t.exportConfirmedBy(), t.exportConfirmedAt()));
    }

    private Trust trustOf(OdsCode trust) {
        Trust t = em.find(Trust.class, trust.value());
        if (t == null) {
            throw new RecordNotFoundException("trust");
        }
        em.refresh(t);
        return t;
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Reason is required for a legal hold and for clearing one");
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidInputException("reason", "Reason must be at most 1000 characters");
        }
        return reason.strip();
    }
}
