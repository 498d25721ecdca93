package org.openepr.clinics.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.domain.ClinicDecisions;
import org.openepr.platform.trust.SettingRules;

/** Clinics' decisions, checked as the clinic set-up page checks them: what follows a DNA, the hour the schedule starts. */
@ApplicationScoped
public class ClinicSettingRules implements SettingRules {

    @Override
    public String module() {
        return ClinicsModule.NAME;
    }

    @Override
    public Optional<String> problem(String name, String value) {
        return switch (name) {
            case ClinicDecisions.DNA_NEXT_STEP -> SettingRules.problemOf(() -> ClinicDecisions.afterDna(value));
            case ClinicDecisions.SCHEDULE_DAY_STARTS -> SettingRules.problemOf(() -> ClinicDecisions.scheduleDayStarts(value));
            default -> Optional.empty();
        };
    }
}
