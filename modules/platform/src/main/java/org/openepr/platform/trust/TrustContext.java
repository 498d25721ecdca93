package org.openepr.platform.trust;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.openepr.platform.identity.OdsCode;

/**
 * The trust this request works in. Bound once, at the edge, from the verified token
 * ({@code org.openepr.platform.security.TrustEdgeFilter}); everything below reads it from here,
 * so no trust ever arrives as a method parameter, URL segment or form field.
 */
@RequestScoped
public class TrustContext {

    private OdsCode trust;
    private Caller caller;

    /** Called by the edge only; a second bind in the same request is refused so nothing can switch trust mid-request. */
    public void bind(Caller caller, OdsCode trust) {
        if (this.caller != null) {
            throw new IllegalStateException("The trust for this request is already bound");
        }
        this.caller = caller;
        this.trust = trust;
    }

    public Optional<OdsCode> trust() {
        return Optional.ofNullable(trust);
    }

    public OdsCode requireTrust() {
        if (trust == null) {
            throw new NoTrustBoundException();
        }
        return trust;
    }

    public Caller caller() {
        if (caller == null) {
            throw new NoTrustBoundException();
        }
        return caller;
    }

    public boolean isBound() {
        return caller != null;
    }
}
