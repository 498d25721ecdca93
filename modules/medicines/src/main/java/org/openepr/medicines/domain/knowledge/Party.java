package org.openepr.medicines.domain.knowledge;

/** One side of an interaction or a member of an allergy group: a substance, or every substance of a class. */
public record Party(SubstanceId substance, String classCode) {

    public static Party parse(String text) {
        String t = text.strip();
        return t.startsWith("class:") ? new Party(null, t.substring("class:".length())) : new Party(new SubstanceId(t), null);
    }

    public boolean covers(Substance s) {
        return substance != null ? substance.equals(s.id()) : s.isIn(classCode);
    }

    public boolean isClass() {
        return classCode != null;
    }
}
