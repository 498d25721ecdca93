package org.openepr.medicines.domain.screening;

import java.time.LocalDate;
import java.util.List;
import org.openepr.medicines.domain.allergies.AllergyStatus;
import org.openepr.medicines.domain.allergies.KnownAllergy;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.orders.Prescription;

/** An order to screen and what is known of the patient: allergies, the other current orders, the formulary. */
public record ScreeningRequest(Product product, Prescription prescription, AllergyStatus allergyStatus, List<KnownAllergy> allergies,
                               List<CurrentMedicine> otherMedicines, FormularyPosition formulary, LocalDate today) {
}
