package org.openepr.platform.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.identity.NhsNumber;

/**
 * How the audit trail names patients by NHS number (trust admins search and read it that way, never by internal id)
 * without the platform depending on the patient index: the patient index provides this bean.
 */
public interface AuditedPatients {

    Optional<UUID> idOf(NhsNumber nhsNumber);

    /** The NHS numbers (formatted 3-3-4) of those of these patients the current trust holds. */
    Map<UUID, String> nhsNumbersOf(Collection<UUID> patientIds);
}
