package org.openepr.caserecord.interfaces.web.summary;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A panel or printed section that could not be read: logged with a short reference, which the user sees instead
 * of the part, so the service desk can find the error. The rest of the summary is shown as usual.
 */
final class FailedPart {

    private static final Logger LOG = Logger.getLogger(FailedPart.class.getName());

    private FailedPart() {
    }

    /** Logs the failure and returns its reference ("S-1a2b3c4d"). */
    static String logged(String part, UUID patientId, Throwable e) {
        String reference = "S-" + UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Case record summary: the part '" + part + "' for patient " + patientId + " could not be read (reference "
                + reference + ")", e);
        return reference;
    }

    static String message(String reference) {
        return "This panel could not be loaded (reference " + reference + ")";
    }
}
