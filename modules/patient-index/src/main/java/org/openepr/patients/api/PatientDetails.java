package org.openepr.patients.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a letter about the patient needs (a discharge summary's patient demographics and GP practice): names, date of
 * birth, gender, address, the registered GP practice's ODS code (null: no registered GP), date of death if any.
 */
public record PatientDetails(UUID id, String nhsNumber, String nhsNumberFormatted, String displayName, String familyName, String givenName,
                             LocalDate birthDate, String genderCode, String genderLabel, List<String> addressLines, String postcode,
                             String gpPractice, LocalDate deceasedDate) {
}
