package org.openepr.medicines.domain.knowledge;

/** A route of administration, coded in SNOMED CT (oral 26643006, intramuscular 78421000...). */
public record Route(String snomedCode, String name) {

    public Route {
        if (snomedCode == null || !snomedCode.matches("\\d{6,18}") || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A route needs a SNOMED CT code and a name");
        }
    }
}
