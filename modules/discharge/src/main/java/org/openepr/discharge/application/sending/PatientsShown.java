package org.openepr.discharge.application.sending;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * Who the patients on the tracking lists are, for staff who may read the patient index. A trust admin sees the same
 * lists (nothing is hidden in a queue only some staff can see) but no patient's record: the patient index refuses them,
 * so their lists show every summary, its state and who is responsible, without the patient.
 */
final class PatientsShown {

    /** The roles the patient index lets read a patient (a prescriber is always a clinician too). */
    static final List<String> READERS = List.of(Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK);

    private PatientsShown() {
    }

    static Map<UUID, PatientSummary> of(Collection<UUID> ids, PatientDirectory patients, TrustContext trust) {
        if (ids.isEmpty() || !trust.caller().hasAnyRole(READERS)) {
            return Map.of();
        }
        return patients.findAll(Set.copyOf(ids));
    }
}
