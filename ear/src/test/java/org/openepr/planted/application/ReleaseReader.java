package org.openepr.planted.application;

import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.releases.Releases;

/** Planted: module code deciding by the trust's release instead of asking whether a feature is on. */
public class ReleaseReader {
    public boolean isEarly(Releases releases, OdsCode trust) {
        return releases.releaseOf(trust).name().equals("2026.2");
    }
}
