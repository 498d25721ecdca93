package org.openepr.clinics.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral to a service as the waiting list holds it.
 *
 * @param waiting still waiting for its first appointment (false once booked, or withdrawn)
 */
public record ReferralToService(UUID id, UUID patientId, String service, LocalDate referralDate, boolean urgent, boolean waiting) {
}
