package org.openepr.patients.domain;

/**
 * Demographics as typed on a screen or sent over the API: raw text, not yet trusted.
 * {@link Demographics#parse} turns it into checked values or names every field that is wrong.
 *
 * @param noRegisteredGp said in so many words (a ticked box, a Patient without generalPractitioner), so a blank GP
 *                       practice is never taken for "none" by accident
 */
public record PatientForm(String nhsNumber, String familyName, String givenName, String birthDate, String gender,
                          String addressLine1, String addressLine2, String town, String postcode, String gpPractice,
                          boolean noRegisteredGp, String phone, String email, String nextOfKinName,
                          String nextOfKinRelationship, String nextOfKinPhone, String preferredLanguage,
                          boolean interpreterRequired, String ethnicCategory, String deceasedDate) {

    /** The registration details every patient has, with a GP practice and nothing else recorded. */
    public PatientForm(String nhsNumber, String familyName, String givenName, String birthDate, String gender,
                       String addressLine1, String addressLine2, String town, String postcode, String gpPractice) {
        this(nhsNumber, familyName, givenName, birthDate, gender, addressLine1, addressLine2, town, postcode, gpPractice,
                false, null, null, null, null, null, null, false, null, null);
    }
}
