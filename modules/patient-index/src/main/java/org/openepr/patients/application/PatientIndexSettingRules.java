package org.openepr.patients.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.domain.NhsNumberChangers;
import org.openepr.platform.trust.SettingRules;

/** The patient index's setting, checked as its page checks it: who may change an NHS number (eligible roles, at least one). */
@ApplicationScoped
public class PatientIndexSettingRules implements SettingRules {

    @Override
    public String module() {
        return PatientIndexModule.NAME;
    }

    @Override
    public Optional<String> problem(String name, String value) {
        return NhsNumberChangers.SETTING.equals(name)
                ? SettingRules.problemOf(() -> NhsNumberChangers.toSetting(NhsNumberChangers.from(Optional.of(value))))
                : Optional.empty();
    }
}
