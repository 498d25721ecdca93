package org.openepr.planted.application;

import java.util.Set;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/** Planted: binding a trust from somewhere other than the edge. */
public class TrustSwitcher {
    public void workIn(TrustContext context, String ods) {
        context.bind(new Caller("x", "x", "x", Set.of()), OdsCode.of(ods));
    }
}
