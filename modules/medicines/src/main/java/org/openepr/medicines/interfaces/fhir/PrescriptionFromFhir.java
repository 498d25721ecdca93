package org.openepr.medicines.interfaces.fhir;

import java.math.BigDecimal;
import java.util.Date;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;
import org.openepr.medicines.domain.orders.PrescriptionForm;
import org.openepr.platform.time.UkDates;

/**
 * Reads a MedicationRequest as the prescribing form would be filled in, all as text, so the use case checks it exactly
 * as it checks the screen: the same messages, renamed to FHIR paths.
 */
final class PrescriptionFromFhir {

    private PrescriptionFromFhir() {
    }

    static PrescriptionForm form(MedicationRequest r) {
        Dosage d = r.getDosageInstructionFirstRep();
        String frequency = d.getTiming().getCode().getCoding().stream()
                .filter(c -> MedicinesFhirMapper.FREQUENCY.equals(c.getSystem())).map(Coding::getCode).findFirst()
                .orElse(d.hasAsNeededBooleanType() && d.getAsNeededBooleanType().booleanValue() ? "AS_REQUIRED" : null);
        BigDecimal dose = d.getDoseAndRateFirstRep().hasDoseQuantity() ? d.getDoseAndRateFirstRep().getDoseQuantity().getValue() : null;
        BigDecimal maxDoses = d.hasMaxDosePerPeriod() ? d.getMaxDosePerPeriod().getNumerator().getValue() : null;
        Period bounds = d.getTiming().getRepeat().hasBoundsPeriod() ? d.getTiming().getRepeat().getBoundsPeriod() : new Period();
        String indication = r.getReasonCode().stream().map(CodeableConcept::getText).filter(t -> t != null).findFirst().orElse(null);
        String notes = r.getNote().stream().map(Annotation::getText).filter(t -> t != null).findFirst().orElse(null);
        return new PrescriptionForm(medicine(r), route(d), plain(dose), frequency, plain(maxDoses), typed(bounds.getStart()),
                typed(bounds.getEnd()), indication, notes);
    }

    static String text(MedicationRequest r, String extensionUrl) {
        var ext = r.getExtensionByUrl(extensionUrl);
        return ext != null && ext.getValue() instanceof StringType s ? s.getValue() : null;
    }

    private static String medicine(MedicationRequest r) {
        if (r.hasMedicationReference()) {
            String ref = r.getMedicationReference().getReference();
            return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
        }
        if (r.hasMedicationCodeableConcept()) {
            return r.getMedicationCodeableConcept().getCoding().stream()
                    .filter(c -> MedicinesFhirMapper.LOCAL_MEDICINES.equals(c.getSystem())).map(Coding::getCode).findFirst().orElse(null);
        }
        return null;
    }

    private static String route(Dosage d) {
        return d.getRoute().getCoding().stream().filter(c -> MedicinesFhirMapper.SNOMED.equals(c.getSystem()))
                .map(Coding::getCode).findFirst().orElse(null);
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    private static String typed(Date date) {
        return date == null ? null : UkDates.typed(MedicinesFhirMapper.localDate(date));
    }
}
