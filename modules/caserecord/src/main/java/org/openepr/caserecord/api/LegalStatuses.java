package org.openepr.caserecord.api;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may know of the case record's legal status: a patient's current one, within the current trust.
 * Read-only. Each read is audited by the case record as a read of the legal status, with the reader's purpose.
 * Empty when none is recorded, and where the caller may not read it here (the trust has not taken the case record).
 */
public interface LegalStatuses {

    /**
     * @param purpose why it is read, for the audit line ("admission form")
     */
    Optional<CurrentLegalStatus> current(UUID patientId, String purpose);
}
