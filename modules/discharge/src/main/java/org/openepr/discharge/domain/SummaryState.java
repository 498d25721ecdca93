package org.openepr.discharge.domain;

/**
 * The one state a discharge summary shows, from drafting to the GP practice's acknowledgement. The first three belong
 * to the summary (drafting and signing), the rest to its sending.
 */
public enum SummaryState {
    DRAFTED, AWAITING_SIGNATURE, SIGNED, QUEUED, SENT, DELIVERED, ACCEPTED, FAILED
}
