package org.openepr.caserecord.interfaces.fhir;

import java.time.Instant;
import java.util.UUID;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.MentalHealthActSection;

/**
 * A Mental Health Act legal status as a base R4 {@code Basic}, for the whole-trust export and its import only (the API
 * serves no legal status). UK Core's {@code Extension-UKCore-LegalStatus} belongs on an Encounter (at admission or
 * discharge), and a status here runs on its own between them, so the record is a Basic whose code says what it is,
 * with the section (ours, and the NHS Data Dictionary classification where the section has one) and its course as an
 * extension of ours.
 */
public final class LegalStatusFhir {

    public static final String KIND = "https://openepr.org/fhir/CodeSystem/record-kind";
    public static final String SECTIONS = "https://openepr.org/fhir/CodeSystem/mental-health-act-section";
    public static final String ENGLAND = "https://fhir.hl7.org.uk/CodeSystem/UKCore-LegalStatusClassificationEngland";
    /** section, classification, started-at, expires-at, renewals, renewed-by, renewed-at, ended-at, ended-by, end-reason, recorded-at. */
    public static final String LEGAL_STATUS = RecordHistory.OURS + "legal-status";

    private LegalStatusFhir() {
    }

    public static Basic toFhir(LegalStatus s) {
        Basic b = new Basic();
        b.setId(s.id().toString());
        b.setCode(new CodeableConcept(new Coding(KIND, "legal-status", "Legal status")).setText("Legal status: " + s.section().label()));
        b.setSubject(new Reference("Patient/" + s.patientId()));
        b.setAuthor(new Reference().setDisplay(s.recordedBy()));
        Extension e = new Extension(LEGAL_STATUS);
        RecordHistory.part(e, "section", new Coding(SECTIONS, s.section().name(), s.section().label()));
        if (s.section().nhsCode() != null) {
            RecordHistory.part(e, "classification", new Coding(ENGLAND, s.section().nhsCode(), null));
        }
        RecordHistory.part(e, "started-at", RecordHistory.instant(s.startedAt()));
        RecordHistory.part(e, "expires-at", s.expiresAt() == null ? null : RecordHistory.instant(s.expiresAt()));
        RecordHistory.part(e, "renewals", new IntegerType(s.renewals()));
        RecordHistory.part(e, "renewed-by", s.renewedBy() == null ? null : new StringType(s.renewedBy()));
        RecordHistory.part(e, "renewed-at", s.renewedAt() == null ? null : RecordHistory.instant(s.renewedAt()));
        RecordHistory.part(e, "ended-at", s.endedAt() == null ? null : RecordHistory.instant(s.endedAt()));
        RecordHistory.part(e, "ended-by", s.endedBy() == null ? null : new StringType(s.endedBy()));
        RecordHistory.part(e, "end-reason", s.endReason() == null ? null : new StringType(s.endReason()));
        RecordHistory.part(e, "recorded-at", RecordHistory.instant(s.recordedAt()));
        b.addExtension(e);
        return b;
    }

    /** The status a Basic of ours holds, under a new id, for the patient here. */
    public static LegalStatus from(UUID id, Basic b, UUID patient) {
        Extension e = b.getExtensionByUrl(LEGAL_STATUS);
        if (e == null || !b.getCode().getCoding().stream().anyMatch(c -> KIND.equals(c.getSystem()) && "legal-status".equals(c.getCode()))) {
            throw new IllegalArgumentException("Basic/" + b.getIdElement().getIdPart() + " cannot be imported: not a legal status of ours");
        }
        Extension section = e.getExtensionByUrl("section");
        MentalHealthActSection which = MentalHealthActSection.valueOf(((Coding) section.getValue()).getCode());
        Integer renewals = RecordHistory.integer(e, "renewals");
        return LegalStatus.imported(id, patient, which, required(b, e, "started-at"), RecordHistory.instantOf(e, "expires-at"),
                new LegalStatus.Course(renewals == null ? 0 : renewals, RecordHistory.string(e, "renewed-by"),
                        RecordHistory.instantOf(e, "renewed-at"), RecordHistory.instantOf(e, "ended-at"), RecordHistory.string(e, "end-reason"),
                        RecordHistory.string(e, "ended-by")),
                b.getAuthor().getDisplay(), required(b, e, "recorded-at"));
    }

    private static Instant required(Basic b, Extension e, String part) {
        Instant at = RecordHistory.instantOf(e, part);
        if (at == null) {
            throw new IllegalArgumentException("Basic/" + b.getIdElement().getIdPart() + " cannot be imported: no " + part);
        }
        return at;
    }
}
