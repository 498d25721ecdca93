package org.openepr.clinics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.domain.ClinicDecisions;
import org.openepr.clinics.domain.NextStep;
import org.openepr.platform.trust.TrustSettings;

/**
 * The trust's clinic decisions as its admin made them, in the platform's trust settings ("clinics.dna_next_step",
 * "clinics.schedule_day_starts"), or the defaults. Called from clinics' use cases, which say who may read or decide;
 * each decision is audited by the trust settings (what it was, what it is now).
 */
@ApplicationScoped
class TrustClinicDecisions {

    @Inject
    TrustSettings settings;

    NextStep dnaNextStep() {
        return ClinicDecisions.dnaNextStep(settings.value(ClinicsModule.NAME, ClinicDecisions.DNA_NEXT_STEP));
    }

    LocalTime scheduleDayStarts() {
        return ClinicDecisions.scheduleDayStarts(settings.value(ClinicsModule.NAME, ClinicDecisions.SCHEDULE_DAY_STARTS));
    }

    void decideDnaNextStep(NextStep step) {
        settings.decide(ClinicsModule.NAME, ClinicDecisions.DNA_NEXT_STEP, step.name());
    }

    void decideScheduleDayStarts(LocalTime starts) {
        settings.decide(ClinicsModule.NAME, ClinicDecisions.SCHEDULE_DAY_STARTS, starts.toString());
    }
}
