package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.domain.PatientIndexSetting;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The trust admin's decisions for the patient index: which roles may change an NHS number. */
@UseCase
@Access(module = PatientIndexModule.NAME, roles = Roles.TRUST_ADMIN)
public class PatientIndexSettings {

    /** The roles that may ever be given the change (those who work with patient records day to day). */
    public static final List<String> ROLES_THAT_MAY_CHANGE = List.of(Roles.CLINICIAN, Roles.CLERK);

    @Inject
    PatientRepository patients;

    @Inject
    AuditTrail audit;

    public Set<String> nhsNumberChangers() {
        return PatientIndexSetting.nhsNumberChangers(patients.setting(PatientIndexSetting.NHS_NUMBER_CHANGERS));
    }

    public Set<String> allowNhsNumberChanges(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new InvalidInputException("changers", "Choose at least one role: a wrong NHS number must always be correctable");
        }
        if (!ROLES_THAT_MAY_CHANGE.containsAll(roles)) {
            throw new InvalidInputException("changers", "Only " + String.join(" or ", ROLES_THAT_MAY_CHANGE) + " may change NHS numbers");
        }
        Set<String> before = nhsNumberChangers();
        Set<String> ordered = new LinkedHashSet<>(ROLES_THAT_MAY_CHANGE.stream().filter(roles::contains).toList());
        String value = String.join(",", ordered);
        patients.setting(PatientIndexSetting.NHS_NUMBER_CHANGERS).ifPresentOrElse(s -> s.change(value),
                () -> patients.add(new PatientIndexSetting(PatientIndexSetting.NHS_NUMBER_CHANGERS, value)));
        audit.record(PatientAudit.NHS_NUMBER_CHANGERS_DECIDED, PatientIndexSetting.NHS_NUMBER_CHANGERS, null,
                "from " + before + " to " + ordered);
        return ordered;
    }
}
