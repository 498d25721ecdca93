package org.openepr.discharge.domain.sending;

import java.util.Arrays;
import java.util.Optional;
import org.openepr.platform.text.Labelled;

/**
 * The ITK3 response codes a GP practice's system answers a transfer of care with: an infrastructure acknowledgement
 * (the message arrived and was filed, or why not) and a business acknowledgement (the practice knows the patient, or
 * why not). Every negative code is final: sending again would not change the answer.
 */
public enum ItkCode implements Labelled {
    RECEIVED("20013", "Received by the GP practice's system"),
    DUPLICATE_MESSAGE("20007", "Duplicate message"),
    DUPLICATE_DOCUMENT("20008", "Duplicate document"),
    PAYLOAD_INVALID("20009", "The GP practice's system could not read the document"),
    REPLACEMENT_FAILED("20014", "The GP practice could not replace the earlier version"),
    TOO_LARGE("20015", "Over 5 MB"),
    PATIENT_KNOWN("30001", "Accepted: patient known at the practice"),
    PATIENT_NOT_KNOWN("30002", "Patient not known at the practice"),
    NO_LONGER_REGISTERED("30003", "Patient no longer registered at the practice"),
    RECENTLY_DECEASED("30004", "Patient recently deceased");

    public static final String SYSTEM = "https://fhir.nhs.uk/CodeSystem/ITK-ResponseCodes";

    private final String code;
    private final String label;

    ItkCode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public static Optional<ItkCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** An infrastructure acknowledgement (2xxxx); otherwise a business one (3xxxx). */
    public boolean isInfrastructure() {
        return code.startsWith("2");
    }

    public boolean isPositive() {
        return this == RECEIVED || this == PATIENT_KNOWN;
    }

    /** "I already have it": final for a message sent once, but the answer to our own retry when it was sent again. */
    public boolean isDuplicate() {
        return this == DUPLICATE_MESSAGE || this == DUPLICATE_DOCUMENT;
    }

    /** As shown with a failed summary: "20009 The GP practice's system could not read the document". */
    public String reason() {
        return code + " " + label;
    }
}
