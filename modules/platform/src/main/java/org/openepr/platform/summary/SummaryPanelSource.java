package org.openepr.platform.summary;

import java.util.UUID;

/**
 * A module's panel on the case record summary: one CDI bean per panel (normally in the module's
 * {@code interfaces.web}). The summary page shows every panel the caller may use, each loaded by its own request, so
 * a panel that is slow or fails delays or loses only itself.
 */
public interface SummaryPanelSource {

    SummaryPanel panel();

    /**
     * The panel's data for a patient of the current trust, through the module's use case (which checks access and
     * audits the read): ONE bounded query (a LIMIT, never the whole history), so the time stays flat as the record
     * grows. A patient that is not there (or another trust's) is a {@code RecordNotFoundException}.
     */
    Snapshot load(UUID patientId);
}
