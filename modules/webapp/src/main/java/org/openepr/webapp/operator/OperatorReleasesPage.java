package org.openepr.webapp.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.releases.HostedReleases;
import org.openepr.platform.releases.HostedReleases.TrustOnRelease;
import org.openepr.platform.releases.Release;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The operator's side of release channels: each trust's release, and the release new trusts start on. */
@Named
@RequestScoped
public class OperatorReleasesPage {

    @Inject
    HostedReleases releases;

    private Map<OdsCode, TrustOnRelease> byTrust;
    private String defaultRelease;

    /** "2026.2 early", with a scheduled move if there is one. */
    public String releaseOf(OdsCode trust) {
        if (byTrust == null) {
            byTrust = releases.trusts().stream().collect(Collectors.toMap(TrustOnRelease::odsCode, Function.identity()));
        }
        TrustOnRelease t = byTrust.get(trust);
        if (t == null) {
            return "";
        }
        return t.release().label()
                + (t.scheduled() == null ? "" : " (moving to " + t.scheduled().label() + " at " + UkDates.dateTime(t.scheduledFor()) + ")");
    }

    public List<Release> getReleases() {
        return releases.releases();
    }

    public String getDefaultRelease() {
        if (defaultRelease == null) {
            defaultRelease = releases.defaultForNewTrusts().name();
        }
        return defaultRelease;
    }

    public void setDefaultRelease(String name) {
        this.defaultRelease = name;
    }

    @UserAction
    public void saveDefault() {
        releases.setDefaultForNewTrusts(defaultRelease);
        FacesProblems.notice("New trusts will start on release " + releases.defaultForNewTrusts().label());
    }
}
