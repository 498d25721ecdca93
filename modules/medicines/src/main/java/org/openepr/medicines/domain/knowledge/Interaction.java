package org.openepr.medicines.domain.knowledge;

/** Two substances (or classes) that should not, or only with care, be given together. */
public record Interaction(Party a, Party b, Severity severity, String effect, String advice) {

    /** Whether this interaction applies between the two substances, in either order. */
    public boolean between(Substance one, Substance other) {
        return a.covers(one) && b.covers(other) || a.covers(other) && b.covers(one);
    }
}
