package org.openepr.platform.offboarding;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The erasure worker's steps, each its own transaction: plan (count every trust table's rows), one batch of one table
 * (erased and checkpointed together), finish (the certificate). Only background work reaches them; rows are deleted
 * only by the owner's {@code erase_trust_rows}, which refuses a trust that is not offboarded or under legal hold.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.BACKGROUND, inTrust = false)
public class ErasureSteps {

    @Inject
    Erasures erasures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    TrustContext trust;

    public Erasure progress(UUID id) {
        return erasures.byId(id);
    }

    /** The bound trust's erasure while it runs (what the server resumes at start). */
    public Optional<UUID> running() {
        return erasures.ofTrust(trust.requireTrust().value()).filter(e -> "RUNNING".equals(e.state())).map(Erasure::id);
    }

    /** The bound trust's finished erasure whose Keycloak clean-up still waits (retried at start). */
    public Optional<UUID> keycloakWaiting() {
        return erasures.ofTrust(trust.requireTrust().value()).filter(e -> e.done() && !e.keycloak().done()).map(Erasure::id);
    }

    /** The trust's erasure, or null if it has none. */
    public Erasure erasureOf(OdsCode trust) {
        return erasures.ofTrust(trust.value()).orElse(null);
    }

    public Erasure planIfNew(UUID id) {
        Erasure e = erasures.byId(id);
        if (e.tables().isEmpty()) {
            erasures.plan(id, e.trust(), erasures.trustTablesInErasureOrder());
            return erasures.byId(id);
        }
        return e;
    }

    public int batch(UUID id, String trust, String table, int limit) {
        return erasures.eraseBatch(id, trust, table, limit);
    }

    /** The certificate, if every table is empty now; false (the tables taken up again) if rows came in meanwhile. */
    public boolean finished(UUID id) {
        Erasure e = erasures.byId(id);
        if (!erasures.allEmpty(id, e.trust())) {
            return false;
        }
        e = erasures.byId(id);
        erasures.finish(id, "DONE", clock.instant(), null);
        audit.recordOperatorAction(PlatformAudit.TRUST_ERASED, OdsCode.of(e.trust()), e.rowsErased() + " rows erased from "
                + e.tables().size() + " tables, " + e.filesDeleted() + " files deleted from disk; Keycloak: " + e.keycloakSummary()
                + "; erasure certificate " + id);
        return true;
    }

    /** The trust's export files and unpacked imports, deleted from disk, added to the certificate. */
    public void filesDeleted(UUID id, long files, long bytes) {
        erasures.filesDeleted(id, files, bytes);
    }

    /** Every account of the trust's Keycloak group and what is to be done to it, written once before Keycloak is changed. */
    public Erasure planAccounts(UUID id, List<ErasedAccount> accounts) {
        erasures.planAccounts(id, accounts);
        return erasures.byId(id);
    }

    public void accountDone(UUID id, String userId) {
        erasures.accountDone(id, userId);
    }

    public void keycloakCleaned(UUID id, String outcome) {
        erasures.keycloakAttempt(id, "DONE", outcome, clock.instant());
        audit.recordOperatorAction(PlatformAudit.TRUST_KEYCLOAK_CLEANED, OdsCode.of(erasures.byId(id).trust()), outcome);
    }

    public void keycloakWaiting(UUID id, String why) {
        erasures.keycloakAttempt(id, "WAITING", why, clock.instant());
        audit.recordOperatorAction(PlatformAudit.TRUST_KEYCLOAK_CLEANUP_WAITING, OdsCode.of(erasures.byId(id).trust()), why);
    }

    public void failed(UUID id, String why) {
        erasures.finish(id, "FAILED", clock.instant(), why == null ? "failed" : why.substring(0, Math.min(1000, why.length())));
    }
}
