package org.openepr.patients.domain;

/**
 * Demographics as typed on a screen or sent over the API: raw text, not yet trusted.
 * {@link Demographics#parse} turns it into checked values or names every field that is wrong.
 */
public record PatientForm(String nhsNumber, String familyName, String givenName, String birthDate, String gender,
                          String addressLine1, String addressLine2, String town, String postcode, String gpPractice) {
}
