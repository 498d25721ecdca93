package org.openepr.patients.api;

import java.time.LocalDate;
import java.util.UUID;

/** Enough to name a patient on a list: FAMILY, Given, NHS number, date of birth. */
public record PatientSummary(UUID id, String nhsNumber, String nhsNumberFormatted, String displayName, LocalDate birthDate) {
}
