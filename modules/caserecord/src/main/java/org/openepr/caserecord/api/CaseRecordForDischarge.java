package org.openepr.caserecord.api;

import java.time.Instant;
import java.util.UUID;

/**
 * What the case record tells a discharge summary about one episode of care (published for the discharge module):
 * diagnoses, safety alerts, legal status and the observations taken during the stay. Each read is audited here.
 */
public interface CaseRecordForDischarge {

    /** The module's name as trusts list it: a trust without it has none of these facts. */
    String MODULE = "caserecord";

    /** The patient's facts for an episode from {@code started} to {@code ended}; "No such patient" for another trust's. */
    DischargeFacts factsFor(UUID patientId, Instant started, Instant ended);
}
