package org.openepr.it.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/** The case record's resources as a clinician's script sends them to the API (notes, problems, alerts, vital signs). */
public final class CaseRecordResources {

    public static final String OURS = "https://openepr.org/fhir/";
    public static final String SAVE_ID = OURS + "Id/note-save";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";

    private CaseRecordResources() {
    }

    /** A note: the text base64 in a text/plain attachment, the type by name, this save's id. */
    public static String note(String patientId, String type, String text, String saveId, DocumentReference.ReferredDocumentStatus docStatus) {
        DocumentReference d = new DocumentReference();
        d.setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
        if (docStatus != null) {
            d.setDocStatus(docStatus);
        }
        d.getType().setText(type);
        if (patientId != null) {
            d.setSubject(new Reference("Patient/" + patientId));
        }
        d.getMasterIdentifier().setSystem(SAVE_ID).setValue(saveId);
        d.addContent().getAttachment().setContentType("text/plain").setData(text.getBytes(StandardCharsets.UTF_8));
        return Fhir.json(d);
    }

    /** A problem or diagnosis: coded (system, code) or in words (text), with a category code if given. */
    public static Condition condition(String patient, String system, String code, String text, String category) {
        Condition c = new Condition();
        c.setSubject(new Reference("Patient/" + patient));
        if (code != null) {
            c.getCode().addCoding(new Coding(system, code, null));
        }
        c.getCode().setText(text);
        if (category != null) {
            c.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-category", category, null)));
        }
        return c;
    }

    /** An alert or risk: category code, severity code, review date, details in words; any may be left out (null). */
    public static Flag flag(String patient, String category, String severity, LocalDate review, String details) {
        Flag f = new Flag();
        f.setSubject(new Reference("Patient/" + patient));
        if (category != null) {
            f.addCategory(new CodeableConcept(new Coding(OURS + "CodeSystem/risk-category", category, null)));
        }
        if (severity != null) {
            f.addExtension(new Extension(OURS + "StructureDefinition/risk-severity", new Coding(OURS + "CodeSystem/risk-severity", severity, null)));
        }
        if (review != null) {
            f.addExtension(new Extension(OURS + "StructureDefinition/risk-review-date", new DateType(review.toString())));
        }
        f.getCode().setText(details);
        return f;
    }

    /** One vital sign by its LOINC code, taken at a UK time, with a value in UCUM (null for a blood pressure). */
    public static Observation vital(String patient, String loinc, LocalDateTime taken, String value, String ucum) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setSubject(new Reference("Patient/" + patient));
        o.setCode(new CodeableConcept(new Coding(LOINC, loinc, null)));
        o.setEffective(new DateTimeType(taken.atZone(ServerClock.UK).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"))));
        if (value != null) {
            o.setValue(new Quantity().setValue(new BigDecimal(value)).setSystem(UCUM).setCode(ucum));
        }
        return o;
    }
}
