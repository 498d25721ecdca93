package org.openepr.medicines.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyRepository;

/** A patient's allergy record as it stands, for the use cases that show it (each audits its own read). */
@ApplicationScoped
class AllergyRecords {

    @Inject
    AllergyRepository entries;

    Allergies.AllergyRecord of(UUID patientId) {
        List<AllergyEntry> all = entries.forPatient(patientId);
        return new Allergies.AllergyRecord(AllergyEntry.statusOf(all), all.stream().filter(AllergyEntry::isActive).toList(),
                all.stream().filter(e -> !e.isActive()).toList());
    }
}
