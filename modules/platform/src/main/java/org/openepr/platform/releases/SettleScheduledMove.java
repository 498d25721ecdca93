package org.openepr.platform.releases;

import jakarta.inject.Inject;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** The trust's background worker writes a scheduled move whose time has come into its row and its audit trail. */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
public class SettleScheduledMove {

    @Inject
    Releases releases;

    @Inject
    TrustContext trust;

    /** True if a move was written now (false if there was none due, or another instance wrote it first). */
    public boolean settle() {
        ReleasePosition before = releases.rowOf(trust.requireTrust(), trust.caller().userId()).position();
        return !releases.settled(trust.requireTrust(), trust.caller().userId()).position().equals(before);
    }
}
