package org.openepr.platform.releases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openepr.platform.trust.TrustContext;

/**
 * What a module asks: does the current trust have this feature? The answer comes from the release the trust is on;
 * the module never learns which trust or which release it is. Outside any trust (the operator) no feature is on.
 */
@ApplicationScoped
public class Features {

    @Inject
    TrustContext trustContext;

    @Inject
    Releases releases;

    public boolean isOn(Feature feature) {
        return trustContext.trust().map(t -> releases.releaseOf(t).has(feature)).orElse(false);
    }
}
