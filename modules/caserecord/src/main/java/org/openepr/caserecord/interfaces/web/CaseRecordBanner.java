package org.openepr.caserecord.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.application.facts.BannerAlerts;
import org.openepr.caserecord.application.facts.BannerLegalStatus;
import org.openepr.caserecord.domain.legal.LegalCountdown;

/**
 * The case record's lines in the patient banner (CaseRecordModule.bannerStrips): alerts and risks, legal status.
 * Each loaded once per request and patient, however often the view asks.
 */
@Named
@RequestScoped
public class CaseRecordBanner {

    @Inject
    BannerAlerts alerts;

    @Inject
    BannerLegalStatus legalStatus;

    private final Map<UUID, BannerAlerts.Line> alertLines = new HashMap<>();
    private final Map<UUID, Optional<LegalCountdown>> legalLines = new HashMap<>();

    public BannerAlerts.Line alerts(UUID patientId) {
        return alertLines.computeIfAbsent(patientId, alerts::of);
    }

    /** The countdown, or null when no legal status is recorded. */
    public LegalCountdown legal(UUID patientId) {
        return legalLines.computeIfAbsent(patientId, legalStatus::of).orElse(null);
    }
}
