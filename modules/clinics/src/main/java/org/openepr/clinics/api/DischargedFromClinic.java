package org.openepr.clinics.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A clinic's outcome discharged the patient from the clinic's service (seen and discharged, could not be seen and
 * discharged, or did not attend and discharged back to the referrer). Fired synchronously inside the outcome's
 * transaction, so whatever another module does about it is saved with the outcome or not at all.
 *
 * @param service the clinic's service, as the clinic names it
 * @param booking the appointment whose outcome it was
 * @param by the user who recorded the outcome
 */
public record DischargedFromClinic(UUID patientId, String service, UUID booking, Instant at, String by, boolean backToReferrer) {
}
