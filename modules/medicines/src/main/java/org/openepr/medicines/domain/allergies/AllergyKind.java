package org.openepr.medicines.domain.allergies;

/** What an allergy entry records: a substance, an allergy group, or that the patient has no known drug allergies. */
public enum AllergyKind {
    SUBSTANCE, GROUP, NO_KNOWN_ALLERGIES
}
