package org.openepr.medicines.domain.screening;

import org.openepr.medicines.domain.knowledge.Severity;

/**
 * One thing screening found: what kind, how bad, a summary, the evidence it rests on, the advice, and what else is
 * implicated (another order's id, an allergy's id), so a pharmacist can see exactly why.
 */
public record Finding(FindingKind kind, Severity severity, String summary, String evidence, String advice, String implicated) {

    public boolean needsReason() {
        return severity != Severity.MONITOR;
    }
}
