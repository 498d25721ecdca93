package org.openepr.caserecord.application.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.api.CurrentLegalStatus;
import org.openepr.caserecord.api.LegalStatuses;
import org.openepr.platform.security.Permissions;

/**
 * The case record's published legal status. Asks before it reads: a refused use case would doom the caller's own
 * transaction (another module's admission, say), so a caller who may not read it here is answered "none" instead.
 */
@ApplicationScoped
public class PublishedLegalStatus implements LegalStatuses {

    @Inject
    Permissions permissions;

    @Inject
    LegalStatusNow now;

    @Override
    public Optional<CurrentLegalStatus> current(UUID patientId, String purpose) {
        return patientId == null ? Optional.empty() : permissions.ifAllowed(LegalStatusNow.class, () -> now.of(patientId, purpose), Optional.empty());
    }
}
