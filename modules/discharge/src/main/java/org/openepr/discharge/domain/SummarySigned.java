package org.openepr.discharge.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A discharge summary version has been signed: fired synchronously inside the signing transaction, so that what
 * sends it (the outbox) is written in the same transaction or not at all.
 *
 * @param summaryId the summary (the same for every version)
 * @param version the signed version, 1 for the first
 * @param replacesVersion the version this one supersedes and replaces at the GP practice, or null
 * @param patientId the patient's id in the trust
 * @param nhsNumber the patient's NHS number (ten digits), or null if the record has none
 * @param gpPractice the ODS code of the patient's registered GP practice, or null (no registered GP: manual handling)
 * @param documentJson the FHIR document Bundle (Composition first) as sent, UK Core
 * @param signedBy the signer's user id
 * @param signedAt when it was signed
 */
public record SummarySigned(UUID summaryId, int version, Integer replacesVersion, UUID patientId, String nhsNumber, String gpPractice,
        String documentJson, String signedBy, Instant signedAt) {
}
