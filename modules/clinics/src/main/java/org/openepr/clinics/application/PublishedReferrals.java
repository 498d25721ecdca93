package org.openepr.clinics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.clinics.api.ReferralToService;
import org.openepr.clinics.api.WaitingReferrals;
import org.openepr.platform.security.Permissions;

/**
 * Clinic management's published waiting list. Asks before it reads: a refused use case would doom the caller's own
 * transaction, so a caller who may not read the waiting list is answered with none instead.
 */
@ApplicationScoped
public class PublishedReferrals implements WaitingReferrals {

    @Inject
    Permissions permissions;

    @Inject
    ReferralsForOtherModules read;

    @Override
    public List<ReferralToService> of(UUID patientId) {
        return patientId == null ? List.of() : permissions.ifAllowed(ReferralsForOtherModules.class, () -> read.of(patientId), List.of());
    }

    @Override
    public Optional<ReferralToService> find(UUID referralId) {
        return referralId == null ? Optional.empty()
                : permissions.ifAllowed(ReferralsForOtherModules.class, () -> read.find(referralId), Optional.empty());
    }
}
