package org.openepr.clinics.domain;

import org.openepr.platform.persistence.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The waiting list of the current trust. */
public interface ReferralRepository extends Repository {

    Optional<Referral> find(UUID id);

    void add(Referral referral);

    /** The waiting-list entry an appointment's outcome made, if it made one. */
    Optional<Referral> madeBy(UUID bookingId);

    /** A patient's new referrals (not follow-ups or other appointments), oldest first, at most {@code limit}. */
    List<Referral> firstReferralsOf(UUID patientId, int limit);

    /** Waiting referrals for a service (all services when null): urgent first, then longest waiting. */
    List<Referral> waiting(String service);
}
