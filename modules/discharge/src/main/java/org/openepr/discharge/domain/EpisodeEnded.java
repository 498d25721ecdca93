package org.openepr.discharge.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An episode of care has ended by discharge (from a ward or from a service): fired synchronously inside the discharge
 * transaction, so the discharge summary's draft is written with the discharge or not at all.
 *
 * @param episodeId the episode
 * @param patientId the patient's id in the trust
 * @param inpatient true for an admission to a ward, false for a community episode (an accepted referral to a service)
 * @param place the ward (inpatient) or the service (community) it ended in
 * @param started admission, or acceptance of the referral
 * @param ended discharge
 * @param responsibleClinician the responsible clinician's user id
 * @param legalStatusAtStart NHS Data Dictionary legal status classification code at admission (e.g. "01" informal), or null
 * @param legalStatusAtEnd the same at discharge, or null
 * @param dischargedBy the user who recorded the discharge
 */
public record EpisodeEnded(UUID episodeId, UUID patientId, boolean inpatient, String place, Instant started, Instant ended,
        String responsibleClinician, String legalStatusAtStart, String legalStatusAtEnd, String dischargedBy) {
}
