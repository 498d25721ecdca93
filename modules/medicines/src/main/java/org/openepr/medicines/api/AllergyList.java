package org.openepr.medicines.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's allergies as they stand: "Allergies not recorded", "No known drug allergies" or "Allergies recorded",
 * with the active entries.
 */
public record AllergyList(String status, boolean recorded, List<Allergy> active) {

    /** "Penicillin", "Allergy", "Rash", "Moderate", "Confirmed", onset if known. */
    public record Allergy(String allergen, String type, String reaction, String severity, String certainty, LocalDate onset) {
    }
}
