package org.openepr.caserecord.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
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

    private static final BannerAlerts.Line NOTHING_YET = new BannerAlerts.Line(java.util.List.of(), false);

    private final Map<UUID, BannerAlerts.Line> alertLines = new HashMap<>();
    private final Map<UUID, Optional<LegalCountdown>> legalLines = new HashMap<>();

    public BannerAlerts.Line alerts(UUID patientId) {
        if (patientId == null || !rendering()) {
            return NOTHING_YET;
        }
        return alertLines.computeIfAbsent(patientId, alerts::of);
    }

    /** The countdown, or null when no legal status is recorded. */
    public LegalCountdown legal(UUID patientId) {
        if (patientId == null || !rendering()) {
            return null;
        }
        return legalLines.computeIfAbsent(patientId, legalStatus::of).orElse(null);
    }

    /**
     * A form's postback evaluates every component's {@code rendered} while decoding, before the action runs: loading
     * then would show the banner as it was before the action (a risk just recorded missing). Only the render loads.
     */
    private static boolean rendering() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    }
}
