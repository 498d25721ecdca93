package org.openepr.it.support;

import java.time.Instant;
import java.util.UUID;
import org.openepr.discharge.domain.SummarySigned;

/**
 * TEST FIXTURE: signed discharge summaries as the signing use case announces them ({@code SummarySigned}), with a
 * realistic FHIR document Bundle (UK Core Composition, discharge summary 373942005, PRSB headings), for the sending
 * tests while drafting and signing are built on another branch. Never used by the product.
 */
public final class SignedSummaries {

    private SignedSummaries() {
    }

    public static SummarySigned first(UUID patientId, String nhsNumber, String gpPractice, String signedBy) {
        return version(UUID.randomUUID(), 1, null, patientId, nhsNumber, gpPractice, signedBy);
    }

    public static SummarySigned version(UUID summaryId, int version, Integer replaces, UUID patientId, String nhsNumber, String gpPractice,
            String signedBy) {
        Instant now = Instant.now();
        return new SummarySigned(summaryId, version, replaces, patientId, nhsNumber, gpPractice,
                document(summaryId, version, patientId, nhsNumber, gpPractice, now), signedBy, now);
    }

    /** A FHIR document Bundle: Composition first, then the patient and the GP practice it is for. */
    public static String document(UUID summaryId, int version, UUID patientId, String nhsNumber, String gpPractice, Instant signedAt) {
        String composition = UUID.nameUUIDFromBytes((summaryId + ":" + version).getBytes()).toString();
        return """
                {"resourceType":"Bundle","type":"document","timestamp":"%s",
                 "identifier":{"system":"https://tools.ietf.org/html/rfc4122","value":"%s"},
                 "entry":[
                  {"fullUrl":"urn:uuid:%s","resource":{"resourceType":"Composition","id":"%s",
                    "meta":{"profile":["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Composition"]},
                    "identifier":{"system":"https://openepr.org/fhir/Id/discharge-summary","value":"%s"},
                    "status":"final",
                    "type":{"coding":[{"system":"http://snomed.info/sct","code":"373942005","display":"Discharge summary"}]},
                    "subject":{"reference":"urn:uuid:%s"},"date":"%s","title":"Mental health discharge summary (version %d)",
                    "author":[{"display":"Test Fixture Clinician"}],
                    "section":[
                     {"title":"Clinical summary","code":{"coding":[{"system":"https://fhir.hl7.org.uk/CodeSystem/UKCore-RecordStandardHeadings","code":"clinical-summary"}]},
                      "text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">Admitted informally; mood improved.</div>"}},
                     {"title":"Plan and requested actions","code":{"coding":[{"system":"https://fhir.hl7.org.uk/CodeSystem/UKCore-RecordStandardHeadings","code":"plan-and-requested-actions"}]},
                      "text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">GP to review sertraline in 4 weeks.</div>"}}]}},
                  {"fullUrl":"urn:uuid:%s","resource":{"resourceType":"Patient","id":"%s",
                    "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"%s"}],
                    "generalPractitioner":[{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"%s"}}]}}]}
                """.formatted(signedAt, composition, composition, composition, summaryId + ":" + version, patientId, signedAt, version,
                patientId, patientId, nhsNumber == null ? "" : nhsNumber, gpPractice == null ? "" : gpPractice);
    }
}
