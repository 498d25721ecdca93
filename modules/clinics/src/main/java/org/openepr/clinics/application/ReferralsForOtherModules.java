package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.api.ReferralToService;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.ReferralRepository;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The waiting list's referrals as other modules read them (through {@link PublishedReferrals}); they audit what they show. */
@UseCase
@ReadsOnly
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class ReferralsForOtherModules {

    static final int MOST = 50;

    @Inject
    ReferralRepository referrals;

    public List<ReferralToService> of(UUID patientId) {
        return referrals.firstReferralsOf(patientId, MOST).stream().map(ReferralsForOtherModules::published).toList();
    }

    public Optional<ReferralToService> find(UUID referralId) {
        return referrals.find(referralId).filter(r -> r.kind() == Referral.Kind.FIRST).map(ReferralsForOtherModules::published);
    }

    private static ReferralToService published(Referral r) {
        return new ReferralToService(r.id(), r.patientId(), r.service(), r.referralDate(), r.priority() == Referral.Priority.URGENT,
                r.status() == Referral.Status.WAITING);
    }
}
