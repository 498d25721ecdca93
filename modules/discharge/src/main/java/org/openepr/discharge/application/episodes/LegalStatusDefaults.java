package org.openepr.discharge.application.episodes;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.caserecord.api.LegalStatuses;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.platform.time.UkDates;

/** The legal status a form starts with, read from the case record's published api (which audits the read). */
@Dependent
class LegalStatusDefaults {

    @Inject
    LegalStatuses statuses;

    LegalStatusSuggestion of(UUID patientId, String purpose) {
        return statuses.current(patientId, purpose)
                .map(s -> new LegalStatusSuggestion(s.classificationCode() == null ? null : LegalStatusClassification.ofCode(s.classificationCode()).orElse(null),
                        s.label() + " since " + UkDates.dateTime(s.since())))
                .orElse(new LegalStatusSuggestion(null, null));
    }
}
