package org.openepr.caserecord.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.application.facts.BannerAlerts;
import org.openepr.caserecord.application.facts.BannerLegalStatus;
import org.openepr.caserecord.domain.legal.LegalCountdown;
import org.openepr.platform.web.BannerStripData;

/**
 * The case record's lines in the patient banner (CaseRecordModule.bannerStrips): alerts and risks, legal status.
 * Each loaded once per request and patient, at render time (BannerStripData).
 */
@Named
@RequestScoped
public class CaseRecordBanner {

    @Inject
    BannerAlerts alerts;

    @Inject
    BannerLegalStatus legalStatus;

    private BannerStripData<BannerAlerts.Line> alertLines;
    private BannerStripData<Optional<LegalCountdown>> legalLines;

    @PostConstruct
    void loaders() {
        alertLines = new BannerStripData<>(alerts::of, new BannerAlerts.Line(List.of(), false));
        legalLines = new BannerStripData<>(legalStatus::of, Optional.empty());
    }

    public BannerAlerts.Line alerts(UUID patientId) {
        return alertLines.of(patientId);
    }

    /** The countdown, or null when no legal status is recorded. */
    public LegalCountdown legal(UUID patientId) {
        return legalLines.of(patientId).orElse(null);
    }
}
