package org.openepr.discharge.domain.summary;

import java.util.Optional;
import org.openepr.platform.text.Labelled;

/**
 * The headings of a mental health discharge summary (PRSB eDischarge), in the order the summary shows them, each with its
 * code in UK Core's record standard headings (the document's section codes). Mandatory ones (PRSB: patient demographics,
 * GP practice, clinical summary, allergies and adverse reactions, person completing record) must be filled to sign.
 */
public enum Heading implements Labelled {
    PATIENT_DEMOGRAPHICS("patient-demographics", "Patient demographics", "Patient demographics", true),
    GP_PRACTICE("gp-practice", "GP practice", "GP practice", true),
    ADMISSION_DETAILS("admission-details", "Admission details", "Admission or referral details", false),
    DIAGNOSES("diagnoses", "Diagnoses", "Diagnoses", false),
    CLINICAL_SUMMARY("clinical-summary", "Clinical summary", "Clinical summary", true),
    MEDICATIONS("medications-and-medical-devices", "Medications and medical devices", "Medicines on discharge and changes", false),
    ALLERGIES("allergies-and-adverse-reaction", "Allergies and adverse reaction", "Allergies and adverse reactions", true),
    SAFETY_ALERTS("safety-alerts", "Safety alerts", "Safety alerts", false),
    LEGAL_INFORMATION("legal-information", "Legal information", "Legal information", false),
    PROCEDURES("procedures", "Procedures", "Procedures", false),
    INVESTIGATION_RESULTS("investigation-results", "Investigation results", "Investigation results", false),
    PLAN_AND_REQUESTED_ACTIONS("plan-and-requested-actions", "Plan and requested actions", "Plan and requested actions for the GP", false),
    FUTURE_APPOINTMENTS("future-appointments", "Future appointments", "Follow-up appointments booked", false),
    INFORMATION_GIVEN("information-and-advice-given", "Information and advice given", "Information given to the patient", false),
    PERSON_COMPLETING("person-completing-record", "Person completing record", "Person completing record", true);

    /** UK Core's code system of record standard headings. */
    public static final String SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-RecordStandardHeadings";

    private final String code;
    private final String display;
    private final String label;
    private final boolean mandatory;

    Heading(String code, String display, String label, boolean mandatory) {
        this.code = code;
        this.display = display;
        this.label = label;
        this.mandatory = mandatory;
    }

    /** The section code in {@link #SYSTEM}, also the heading's name in a saved draft. */
    public String code() {
        return code;
    }

    /** The code's display in {@link #SYSTEM}. */
    public String display() {
        return display;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public static Optional<Heading> ofCode(String code) {
        for (Heading h : values()) {
            if (h.code.equals(code)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
