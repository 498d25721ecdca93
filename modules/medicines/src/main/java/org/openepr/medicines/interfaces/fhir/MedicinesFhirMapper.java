package org.openepr.medicines.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.openepr.medicines.application.MedicineChoice;
import org.openepr.medicines.application.OrderView;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyKind;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.screening.Finding;
import org.openepr.medicines.domain.screening.ScreeningResult;

/**
 * Medicines as UK Core resources: Medication (the knowledge base), AllergyIntolerance, MedicationRequest (an order,
 * with pharmacy's verification as an extension and its screening as contained DetectedIssues) and MedicationStatement
 * (the current medicines list, with UK Core's PharmacistVerifiedIndicator). Codes are the knowledge base's local ids,
 * under a system of our own: they are never dressed up as dm+d.
 */
@ApplicationScoped
public class MedicinesFhirMapper {

    static final String PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";
    static final String OURS = "https://openepr.org/fhir/";
    /** Local ids of products (LVMP...), substances (LVTM...) and allergy groups. */
    public static final String LOCAL_MEDICINES = OURS + "CodeSystem/local-medicines";
    public static final String FREQUENCY = OURS + "CodeSystem/dose-frequency";
    /** Where an order stands with pharmacy: awaiting, queried, verified, rejected (see docs/api.md). */
    public static final String VERIFICATION = OURS + "StructureDefinition/pharmacy-verification";
    public static final String VERIFICATION_CODES = OURS + "CodeSystem/pharmacy-verification";
    /** The prescriber's reason for going on past a serious or contraindicated finding. */
    public static final String OVERRIDE_REASON = OURS + "StructureDefinition/screening-override-reason";
    /** The team or service the order belongs to (the pharmacist's worklist is filtered by it). */
    public static final String SERVICE = OURS + "StructureDefinition/prescribing-service";
    public static final String FINDING_KIND = OURS + "CodeSystem/screening-finding";
    public static final String PHARMACIST_VERIFIED = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-PharmacistVerifiedIndicator";
    static final String SNOMED = "http://snomed.info/sct";
    /** SNOMED CT 409137002 |No known drug allergy (situation)|. */
    public static final String NO_KNOWN_DRUG_ALLERGY = "409137002";
    static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    static final String VERIFICATION_STATUS = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
    static final ZoneId UK = ZoneId.of("Europe/London");

    public Medication medication(MedicineChoice m) {
        Medication r = new Medication();
        r.setId(m.productId());
        r.getMeta().addProfile(PROFILE + "Medication");
        r.setCode(new CodeableConcept(new Coding(LOCAL_MEDICINES, m.productId(), m.name())).setText(m.name()));
        r.setStatus(Medication.MedicationStatus.ACTIVE);
        r.addIngredient().setItem(new CodeableConcept().setText(m.substance())).setIsActive(true);
        return r;
    }

    public AllergyIntolerance allergy(AllergyEntry e) {
        AllergyIntolerance r = new AllergyIntolerance();
        r.setId(e.id().toString());
        r.getMeta().addProfile(PROFILE + "AllergyIntolerance").setVersionId(Integer.toString(e.version()));
        r.setClinicalStatus(new CodeableConcept(new Coding(CLINICAL_STATUS, e.isActive() ? "active" : "inactive", e.isActive() ? "Active" : "Inactive")));
        r.setPatient(new Reference("Patient/" + e.patientId()));
        r.setRecordedDateElement(dateTime(e.recordedAt()));
        r.setRecorder(new Reference().setDisplay(e.recordedBy()));
        r.addCategory(AllergyIntolerance.AllergyIntoleranceCategory.MEDICATION);
        if (e.kind() == AllergyKind.NO_KNOWN_ALLERGIES) {
            r.setCode(new CodeableConcept(new Coding(SNOMED, NO_KNOWN_DRUG_ALLERGY, "No known drug allergy")).setText(e.description()));
            return r;
        }
        String code = e.kind() == AllergyKind.SUBSTANCE ? e.substanceId() : e.allergyGroup();
        r.setCode(new CodeableConcept(new Coding(LOCAL_MEDICINES, code, e.description())).setText(e.description()));
        if (e.certainty() != null) {
            r.setVerificationStatus(new CodeableConcept(new Coding(VERIFICATION_STATUS, e.certainty().fhirCode(), e.certainty().label())));
        }
        if (e.reactionType() != null) {
            r.setType(AllergyIntolerance.AllergyIntoleranceType.fromCode(e.reactionType().fhirCode()));
        }
        if (e.onset() != null) {
            r.setOnset(new DateTimeType(e.onset().toString()));
        }
        if (e.reaction() != null || e.severity() != null) {
            var reaction = r.addReaction();
            reaction.addManifestation().setText(e.reaction() == null ? "Reaction not described" : e.reaction());
            if (e.severity() != null) {
                reaction.setSeverity(AllergyIntolerance.AllergyIntoleranceSeverity.fromCode(e.severity().fhirCode()));
            }
        }
        return r;
    }

    public MedicationRequest request(OrderView o) {
        MedicationRequest r = new MedicationRequest();
        r.setId(o.id().toString());
        r.getMeta().addProfile(PROFILE + "MedicationRequest").setVersionId(Integer.toString(o.lockVersion()));
        r.setStatus(requestStatus(o.status()));
        r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.addExtension(new Extension(VERIFICATION, new Coding(VERIFICATION_CODES, verificationCode(o), o.status().label())));
        r.addExtension(new Extension(SERVICE, new StringType(o.service())));
        if (o.overrideReason() != null) {
            r.addExtension(new Extension(OVERRIDE_REASON, new StringType(o.overrideReason())));
        }
        r.setMedication(product(o));
        r.setSubject(new Reference("Patient/" + o.patientId()));
        r.setAuthoredOnElement(dateTime(o.prescribedAt()));
        r.setRequester(new Reference().setDisplay(o.prescribedBy()));
        r.addDosageInstruction(dosage(o.prescription(), o.doseAndFrequency()));
        if (o.prescription().indication() != null) {
            r.addReasonCode().setText(o.prescription().indication());
        }
        if (o.prescription().notes() != null) {
            r.addNote(new Annotation().setText(o.prescription().notes()));
        }
        r.getSubstitution().setAllowed(new BooleanType(true));
        addScreening(r, o.screening());
        return r;
    }

    public MedicationStatement statement(OrderView o) {
        MedicationStatement s = new MedicationStatement();
        s.setId(o.id().toString());
        s.getMeta().addProfile(PROFILE + "MedicationStatement");
        s.addExtension(new Extension(PHARMACIST_VERIFIED, new BooleanType(o.verification() != null && o.verification().isVerified())));
        s.addBasedOn(new Reference("MedicationRequest/" + o.id()));
        s.setStatus(statementStatus(o.status()));
        s.setMedication(product(o));
        s.setSubject(new Reference("Patient/" + o.patientId()));
        Period effective = new Period().setStartElement(new DateTimeType(o.start().toString()));
        if (o.end() != null) {
            effective.setEndElement(new DateTimeType(o.end().toString()));
        }
        s.setEffective(effective);
        s.setDateAssertedElement(dateTime(o.prescribedAt()));
        s.addDosage(dosage(o.prescription(), o.doseAndFrequency()));
        return s;
    }

    /** Each finding as a contained DetectedIssue the request points to; "not checked" is an issue of its own, never silence. */
    private static void addScreening(MedicationRequest r, ScreeningResult screening) {
        if (screening == null) {
            return;
        }
        String against = screening.version().map(v -> "Screened against " + v.describe()).orElse("No knowledge base");
        int n = 0;
        if (!screening.checked()) {
            DetectedIssue issue = issue(++n, DetectedIssue.DetectedIssueSeverity.HIGH, "NOT_CHECKED", "Not checked");
            issue.setDetail("NOT CHECKED: " + String.join("; ", screening.notChecked()) + ". " + against);
            r.addContained(issue);
            r.addDetectedIssue(new Reference("#" + issue.getIdPart()));
        }
        for (Finding f : screening.findings()) {
            DetectedIssue issue = issue(++n, severity(f.severity()), f.kind().name(), f.kind().label());
            issue.setDetail(f.severity().label() + ": " + f.summary() + (f.evidence() == null ? "" : ". Evidence: " + f.evidence()) + ". " + against);
            if (f.advice() != null) {
                issue.addMitigation().setAction(new CodeableConcept().setText(f.advice()));
            }
            r.addContained(issue);
            r.addDetectedIssue(new Reference("#" + issue.getIdPart()));
        }
    }

    private static DetectedIssue issue(int n, DetectedIssue.DetectedIssueSeverity severity, String code, String label) {
        DetectedIssue issue = new DetectedIssue();
        issue.setId("screening" + n);
        issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
        issue.setSeverity(severity);
        issue.setCode(new CodeableConcept(new Coding(FINDING_KIND, code, label)).setText(label));
        return issue;
    }

    private static DetectedIssue.DetectedIssueSeverity severity(Severity s) {
        switch (s) {
            case CONTRAINDICATED:
                return DetectedIssue.DetectedIssueSeverity.HIGH;
            case SERIOUS:
                return DetectedIssue.DetectedIssueSeverity.MODERATE;
            default:
                return DetectedIssue.DetectedIssueSeverity.LOW;
        }
    }

    private static CodeableConcept product(OrderView o) {
        return new CodeableConcept(new Coding(LOCAL_MEDICINES, o.productId(), o.productName())).setText(o.productName());
    }

    private static Dosage dosage(Prescription p, String text) {
        Dosage d = new Dosage().setText(text);
        d.setRoute(new CodeableConcept(new Coding(SNOMED, p.routeCode(), null)));
        d.addDoseAndRate().setDose(new Quantity().setValue(p.dose().amount()).setUnit(p.dose().unit()));
        Timing timing = new Timing();
        timing.setCode(new CodeableConcept(new Coding(FREQUENCY, p.frequency().name(), p.frequency().label())).setText(p.frequency().label()));
        Period bounds = new Period().setStartElement(new DateTimeType(p.start().toString()));
        if (p.end() != null) {
            bounds.setEndElement(new DateTimeType(p.end().toString()));
        }
        timing.getRepeat().setBounds(bounds);
        d.setTiming(timing);
        if (p.asRequired()) {
            d.setAsNeeded(new BooleanType(true));
            d.setMaxDosePerPeriod(new Ratio().setNumerator(new Quantity().setValue(p.maxDosesPer24Hours()).setUnit("dose"))
                    .setDenominator(new Quantity().setValue(24).setUnit("h").setSystem("http://unitsofmeasure.org").setCode("h")));
        }
        return d;
    }

    /** A search filters on this before mapping, so only what it answers is built. */
    static MedicationStatement.MedicationStatementStatus statementStatus(OrderStatus s) {
        return s == OrderStatus.STOPPED ? MedicationStatement.MedicationStatementStatus.STOPPED
                : s == OrderStatus.REJECTED ? MedicationStatement.MedicationStatementStatus.NOTTAKEN
                : MedicationStatement.MedicationStatementStatus.ACTIVE;
    }

    static MedicationRequest.MedicationRequestStatus requestStatus(OrderStatus s) {
        switch (s) {
            case STOPPED:
                return MedicationRequest.MedicationRequestStatus.STOPPED;
            case REJECTED:
                return MedicationRequest.MedicationRequestStatus.CANCELLED;
            default:
                return MedicationRequest.MedicationRequestStatus.ACTIVE;
        }
    }

    static String verificationCode(OrderView o) {
        switch (o.status()) {
            case QUERIED:
                return "queried";
            case VERIFIED:
                return "verified";
            case REJECTED:
                return "rejected";
            case STOPPED:
                return o.verification() != null && o.verification().isVerified() ? "verified" : "awaiting";
            default:
                return "awaiting";
        }
    }

    private static DateTimeType dateTime(Instant at) {
        return at == null ? null : new DateTimeType(Date.from(at), ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, java.util.TimeZone.getTimeZone(UK));
    }

    static LocalDate localDate(Date date) {
        return date.toInstant().atZone(UK).toLocalDate();
    }
}
