package org.openepr.clinics.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may know of clinic management's waiting list: the referrals to a service, within the current
 * trust. Read-only; joins the caller's transaction, and the caller audits what it shows (it knows why it looked).
 * Empty where the caller may not read the waiting list (a role without it, a trust that has not taken clinics).
 */
public interface WaitingReferrals {

    /** The patient's new referrals (not follow-ups), oldest first, whether or not already booked; at most 50. */
    List<ReferralToService> of(UUID patientId);

    Optional<ReferralToService> find(UUID referralId);
}
