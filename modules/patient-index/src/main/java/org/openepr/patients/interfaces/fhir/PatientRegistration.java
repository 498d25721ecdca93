package org.openepr.patients.interfaces.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * When and by whom a patient was registered with the trust: not in the API's Patient (UK Core has no element for it),
 * so only the whole-trust export adds it, as a complex extension under our own StructureDefinition URL, and the import
 * reads it back so an imported patient counts as registered when the source registered them, not at the import.
 */
final class PatientRegistration {

    static final String URL = "https://openepr.org/fhir/StructureDefinition/patient-registration";

    /** What the extension holds; either part may be absent in an export that did not carry it. */
    record Registered(Instant at, String by) {
    }

    private PatientRegistration() {
    }

    static Patient with(Patient patient, Instant at, String by) {
        Extension registration = new Extension(URL);
        if (at != null) {
            registration.addExtension(new Extension("at", new InstantType(Date.from(at), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone("UTC"))));
        }
        if (by != null) {
            registration.addExtension(new Extension("by", new StringType(by)));
        }
        patient.addExtension(registration);
        return patient;
    }

    /** The registration the export carried, or nothing of it (an export from before it was carried). */
    static Registered of(Patient patient) {
        Extension registration = patient.getExtensionByUrl(URL);
        if (registration == null) {
            return new Registered(null, null);
        }
        Type at = value(registration, "at");
        Type by = value(registration, "by");
        if (at != null && !(at instanceof InstantType)) {
            throw new IllegalArgumentException("Patient/" + patient.getIdElement().getIdPart() + ": registration time must be an instant");
        }
        return new Registered(at == null ? null : ((InstantType) at).getValue().toInstant(), by == null ? null : by.primitiveValue());
    }

    private static Type value(Extension complex, String name) {
        Extension e = complex.getExtensionByUrl(name);
        return e == null ? null : e.getValue();
    }
}
