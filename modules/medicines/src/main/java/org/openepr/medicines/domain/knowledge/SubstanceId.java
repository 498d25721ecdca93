package org.openepr.medicines.domain.knowledge;

/**
 * A substance (dm+d VTM) in the knowledge base. The shipped set uses local ids (LVTM0001...) because a real dm+d id
 * is only used where it is known for certain; {@link #isLocal()} tells them apart for the FHIR coding system.
 */
public record SubstanceId(String value) {

    public SubstanceId {
        if (value == null || !value.matches("LVTM\\d{4}|\\d{6,18}")) {
            throw new IllegalArgumentException("Not a substance id: " + value);
        }
    }

    public boolean isLocal() {
        return value.startsWith("L");
    }

    @Override
    public String toString() {
        return value;
    }
}
