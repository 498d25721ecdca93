package org.openepr.discharge.domain.summary;

import java.time.Instant;
import java.util.UUID;
import org.openepr.patients.api.PatientDetails;

/**
 * Makes the FHIR shapes of a discharge summary (infrastructure, HAPI FHIR): the document Bundle as signed and sent
 * (UK Core Composition first, then the Patient, the author and the trust), and the Composition the API shows.
 */
public interface SummaryDocuments {

    /**
     * What a document says: the summary, its version (0 for a draft), the version it replaces (or null), the patient,
     * the trust (ODS code and name), the author (user id, name and role as staff see it), when, and the headings.
     */
    record Facts(UUID summaryId, int version, Integer replacesVersion, UUID bundleId, PatientDetails patient, String trustCode,
                 String trustName, String author, String authorName, Instant date, SummaryContent content) {

        public boolean isDraft() {
            return version == 0;
        }
    }

    /** The document Bundle (type document, Composition first, every reference inside it), as JSON. */
    String document(Facts facts);

    /** The Composition alone, its subject the API's Patient, as JSON. */
    String composition(Facts facts);
}
