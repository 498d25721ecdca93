package org.openepr.caserecord.interfaces.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;

/**
 * Our observations as UK Core's vital-signs profiles want them: the profile per sign, category vital-signs, the
 * LOINC code the profile fixes and the SNOMED CT concept, the value as a UCUM quantity with the profile's unit words;
 * blood pressure as two components (systolic, diastolic). A BMI names the weight and height it was derived from.
 */
final class VitalSignsFhir {

    static final String PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation-VitalSigns-";
    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String SYSTOLIC_LOINC = "8480-6";
    static final String DIASTOLIC_LOINC = "8462-4";

    private static final Map<VitalSign, String> PROFILES = new EnumMap<>(Map.of(
            VitalSign.BODY_WEIGHT, "BodyWeight", VitalSign.BODY_HEIGHT, "BodyHeight", VitalSign.BODY_MASS_INDEX, "BMI",
            VitalSign.BLOOD_PRESSURE, "BloodPressure", VitalSign.PULSE, "HeartRate", VitalSign.TEMPERATURE, "BodyTemperature",
            VitalSign.OXYGEN_SATURATION, "OxygenSaturation"));
    /** The unit in words, as each profile fixes it. */
    private static final Map<VitalSign, String> UNIT_WORDS = new EnumMap<>(Map.of(
            VitalSign.BODY_WEIGHT, "kilogram", VitalSign.BODY_HEIGHT, "centimeter", VitalSign.BODY_MASS_INDEX, "kilogram per square meter",
            VitalSign.BLOOD_PRESSURE, "millimeter of mercury", VitalSign.PULSE, "per minute", VitalSign.TEMPERATURE, "degree Celsius",
            VitalSign.OXYGEN_SATURATION, "percent"));

    private VitalSignsFhir() {
    }

    static org.hl7.fhir.r4.model.Observation toFhir(Observation o) {
        var r = new org.hl7.fhir.r4.model.Observation();
        VitalSign sign = o.kind();
        r.setId(o.id().toString());
        r.getMeta().addProfile(PROFILE + PROFILES.get(sign)).setVersionId(Integer.toString(o.version()));
        r.setStatus(o.isEnteredInError() ? ObservationStatus.ENTEREDINERROR : ObservationStatus.FINAL);
        r.addCategory(new CodeableConcept(new Coding(CATEGORY, "vital-signs", "Vital Signs")));
        r.setCode(code(sign.loinc(), sign.label(), sign.snomed(), sign.snomedTerm()).setText(sign.label()));
        r.setSubject(new Reference("Patient/" + o.patientId()));
        r.setEffective(dateTime(o.takenAt()));
        r.setIssued(Date.from(o.recordedAt()));
        if (sign == VitalSign.BLOOD_PRESSURE) {
            r.addComponent().setCode(code(SYSTOLIC_LOINC, "Systolic blood pressure", "271649006", "Systolic blood pressure")
                    .setText("Systolic blood pressure")).setValue(quantity(sign, o.value()));
            r.addComponent().setCode(code(DIASTOLIC_LOINC, "Diastolic blood pressure", "271650006", "Diastolic blood pressure")
                    .setText("Diastolic blood pressure")).setValue(quantity(sign, o.diastolic()));
        } else {
            r.setValue(quantity(sign, o.value()));
        }
        if (o.derivedFromWeight() != null) {
            r.addDerivedFrom(new Reference("Observation/" + o.derivedFromWeight()));
            r.addDerivedFrom(new Reference("Observation/" + o.derivedFromHeight()));
        }
        if (o.isEnteredInError()) {
            r.addNote().setText("Entered in error: " + o.enteredInErrorReason()).setTime(Date.from(o.enteredInErrorAt()));
        }
        return r;
    }

    private static CodeableConcept code(String loinc, String loincDisplay, String snomed, String snomedTerm) {
        return new CodeableConcept().addCoding(new Coding(LOINC, loinc, loincDisplay)).addCoding(new Coding(SNOMED, snomed, snomedTerm));
    }

    private static Quantity quantity(VitalSign sign, java.math.BigDecimal value) {
        return new Quantity().setValue(value).setUnit(UNIT_WORDS.get(sign)).setSystem(UCUM).setCode(sign.ucum());
    }

    static DateTimeType dateTime(Instant at) {
        return org.openepr.platform.fhir.FhirSupport.ukDateTime(at);
    }

    /** The sign a code names, LOINC or SNOMED CT; null if none of ours. */
    static VitalSign signOf(String system, String code) {
        for (VitalSign s : VitalSign.values()) {
            boolean loinc = (system == null || system.isEmpty() || LOINC.equals(system)) && s.loinc().equals(code);
            boolean snomed = (system == null || system.isEmpty() || SNOMED.equals(system)) && s.snomed().equals(code);
            if (loinc || snomed) {
                return s;
            }
        }
        return null;
    }
}
