package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.util.Set;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.domain.NhsNumberChangers;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustSettings;

/** The trust admin's decisions for the patient index: which roles may change an NHS number. */
@UseCase
@Access(module = PatientIndexModule.NAME, roles = Roles.TRUST_ADMIN)
public class PatientIndexSettings {

    @Inject
    TrustSettings settings;

    public Set<String> nhsNumberChangers() {
        return NhsNumberChangers.from(settings.value(PatientIndexModule.NAME, NhsNumberChangers.SETTING));
    }

    public Set<String> allowNhsNumberChanges(Set<String> roles) {
        String value;
        try {
            value = NhsNumberChangers.toSetting(roles);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("changers", e.getMessage());
        }
        settings.decide(PatientIndexModule.NAME, NhsNumberChangers.SETTING, value);
        return NhsNumberChangers.from(java.util.Optional.of(value));
    }
}
