package org.openepr.medicines.interfaces.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedAllergy;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedOrder;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedQuery;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedVersion;
import org.openepr.medicines.application.MedicinesForExport.OrderRecord;
import org.openepr.medicines.application.OrderView;
import org.openepr.medicines.application.ScreeningRecord;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyKind;
import org.openepr.medicines.domain.allergies.AllergySeverity;
import org.openepr.medicines.domain.allergies.Certainty;
import org.openepr.medicines.domain.allergies.ReactionType;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.medicines.domain.orders.Dose;
import org.openepr.medicines.domain.orders.Frequency;
import org.openepr.medicines.domain.orders.OrderQuery;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.medicines.domain.orders.Prescribing;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.orders.Verification;

/**
 * What the whole-trust export adds to the API's resources so an import can put the record back as it stood (see
 * docs/import-medicines.md): on a MedicationRequest the order's state (high risk, waiting since, the stop), every
 * version whole (the prescription, who and when, the screening as recorded, its own verification) and every pharmacy
 * query; on an AllergyIntolerance the end of an entry (who, when, why). Complex extensions under our own
 * StructureDefinition URLs, as the mapper's others; times to the millisecond, where the resources' own are to the
 * second. The API's reads do not carry them.
 */
final class MedicinesRecordExtensions {

    static final String ORDER_STATE = MedicinesFhirMapper.OURS + "StructureDefinition/order-state";
    static final String ORDER_VERSION = MedicinesFhirMapper.OURS + "StructureDefinition/order-version";
    static final String PHARMACY_QUERY = MedicinesFhirMapper.OURS + "StructureDefinition/pharmacy-query";
    static final String ALLERGY_ENDED = MedicinesFhirMapper.OURS + "StructureDefinition/allergy-ended";
    /** How the allergy dictionary names a substance (a group's code is a word). */
    static final String SUBSTANCE_CODE = "LVTM\\d{4}|\\d{6,18}";
    static final String NOT_DESCRIBED = "Reaction not described";

    private MedicinesRecordExtensions() {
    }

    // ---- export

    static MedicationRequest withHistory(MedicationRequest r, OrderRecord record) {
        OrderView o = record.order();
        Extension state = new Extension(ORDER_STATE);
        part(state, "status", code(o.status().name()));
        part(state, "highRisk", new BooleanType(o.highRisk()));
        part(state, "awaitingSince", instant(o.awaitingSince()));
        part(state, "stoppedAt", instant(o.stoppedAt()));
        part(state, "stoppedBy", string(o.stoppedBy()));
        part(state, "stopReason", string(o.stopReason()));
        r.addExtension(state);
        for (OrderVersion v : record.versions()) {
            r.addExtension(version(v));
        }
        for (OrderQuery q : record.queries()) {
            Extension e = new Extension(PHARMACY_QUERY);
            part(e, "version", new IntegerType(q.versionNumber()));
            part(e, "askedBy", string(q.askedBy()));
            part(e, "askedAt", instant(q.askedAt()));
            part(e, "question", string(q.question()));
            part(e, "answeredBy", string(q.answeredBy()));
            part(e, "answeredAt", instant(q.answeredAt()));
            part(e, "answer", string(q.answer()));
            r.addExtension(e);
        }
        return r;
    }

    private static Extension version(OrderVersion v) {
        Prescription p = v.prescription();
        Extension e = new Extension(ORDER_VERSION);
        part(e, "number", new IntegerType(v.number()));
        part(e, "medication", new Coding(MedicinesFhirMapper.LOCAL_MEDICINES, p.product().value(), v.productName()));
        part(e, "route", code(p.routeCode()));
        part(e, "dose", new Quantity().setValue(p.dose().amount()).setUnit(p.dose().unit()));
        part(e, "frequency", code(p.frequency().name()));
        part(e, "maxDosesPer24Hours", p.maxDosesPer24Hours() == null ? null : new IntegerType(p.maxDosesPer24Hours()));
        part(e, "start", new DateType(p.start().toString()));
        part(e, "end", p.end() == null ? null : new DateType(p.end().toString()));
        part(e, "indication", string(p.indication()));
        part(e, "notes", string(p.notes()));
        part(e, "prescribedBy", string(v.prescribedBy()));
        part(e, "prescribedAt", instant(v.prescribedAt()));
        part(e, "screening", string(v.screening()));
        part(e, "knowledgeBase", string(v.kbVersion()));
        part(e, "overrideReason", string(v.overrideReason()));
        part(e, "verification", code(v.verification().name()));
        part(e, "verifiedBy", string(v.verifiedBy()));
        part(e, "verifiedAt", instant(v.verifiedAt()));
        part(e, "verificationNote", string(v.verificationNote()));
        part(e, "verificationScreening", string(v.verificationScreening()));
        return e;
    }

    static AllergyIntolerance withEnd(AllergyIntolerance r, AllergyEntry e) {
        if (e.endedAt() != null) {
            Extension ended = new Extension(ALLERGY_ENDED);
            part(ended, "at", instant(e.endedAt()));
            part(ended, "by", string(e.endedBy()));
            part(ended, "reason", string(e.endReason()));
            r.addExtension(ended);
        }
        return r;
    }

    // ---- import

    /**
     * The order the resource was exported from, under its new id, for the patient it now belongs to, each screening's
     * implicated records named by their new ids; refuses a resource without its history.
     */
    static ImportedOrder order(MedicationRequest r, UUID id, UUID patientId, UnaryOperator<String> implicated) {
        Extension state = r.getExtensionByUrl(ORDER_STATE);
        if (state == null) {
            throw new IllegalArgumentException("MedicationRequest/" + r.getIdElement().getIdPart()
                    + " has no order history (" + ORDER_STATE + "): only an OpenEPR export can be imported");
        }
        List<ImportedVersion> versions = new ArrayList<>();
        for (Extension v : r.getExtensionsByUrl(ORDER_VERSION)) {
            Coding medication = (Coding) value(v, "medication");
            Quantity dose = (Quantity) value(v, "dose");
            Prescription p = new Prescription(new ProductId(medication.getCode()), text(v, "route"), new Dose(dose.getValue(), dose.getUnit()),
                    Frequency.valueOf(text(v, "frequency")), integer(v, "maxDosesPer24Hours"), date(v, "start"), date(v, "end"),
                    text(v, "indication"), text(v, "notes"));
            versions.add(new ImportedVersion(integer(v, "number"), p, medication.getDisplay(),
                    new Prescribing(text(v, "prescribedBy"), at(v, "prescribedAt"), screening(text(v, "screening"), implicated),
                            text(v, "knowledgeBase"), text(v, "overrideReason")),
                    Verification.valueOf(text(v, "verification")), text(v, "verifiedBy"), at(v, "verifiedAt"), text(v, "verificationNote"),
                    screening(text(v, "verificationScreening"), implicated)));
        }
        List<ImportedQuery> queries = new ArrayList<>();
        for (Extension q : r.getExtensionsByUrl(PHARMACY_QUERY)) {
            queries.add(new ImportedQuery(integer(q, "version"), text(q, "askedBy"), at(q, "askedAt"), text(q, "question"),
                    text(q, "answeredBy"), at(q, "answeredAt"), text(q, "answer")));
        }
        String service = r.getExtensionByUrl(MedicinesFhirMapper.SERVICE).getValue().primitiveValue();
        return new ImportedOrder(id, patientId, service, OrderStatus.valueOf(text(state, "status")),
                ((BooleanType) value(state, "highRisk")).booleanValue(), at(state, "awaitingSince"), at(state, "stoppedAt"),
                text(state, "stoppedBy"), text(state, "stopReason"), versions, queries);
    }

    /** The entry the resource was exported from (its standard elements, and the end from our extension). */
    static ImportedAllergy allergy(AllergyIntolerance r, UUID patientId) {
        Coding code = r.getCode().getCodingFirstRep();
        String description = r.getCode().getText();
        String recordedBy = r.getRecorder().getDisplay();
        Instant recordedAt = r.getRecordedDate().toInstant();
        Extension ended = r.getExtensionByUrl(ALLERGY_ENDED);
        Instant endedAt = ended == null ? null : at(ended, "at");
        String endedBy = ended == null ? null : text(ended, "by");
        String endReason = ended == null ? null : text(ended, "reason");
        if (MedicinesFhirMapper.NO_KNOWN_DRUG_ALLERGY.equals(code.getCode())) {
            return new ImportedAllergy(patientId, AllergyKind.NO_KNOWN_ALLERGIES, null, null, description, null, null, null, null, null,
                    recordedBy, recordedAt, endedAt, endedBy, endReason);
        }
        boolean substance = code.getCode().matches(SUBSTANCE_CODE);
        String reaction = null;
        AllergySeverity severity = null;
        if (r.hasReaction()) {
            var first = r.getReactionFirstRep();
            String said = first.getManifestationFirstRep().getText();
            reaction = NOT_DESCRIBED.equals(said) ? null : said;
            severity = first.hasSeverity() ? byCode(AllergySeverity.values(), first.getSeverity().toCode(), AllergySeverity::fhirCode) : null;
        }
        Certainty certainty = r.hasVerificationStatus()
                ? byCode(Certainty.values(), r.getVerificationStatus().getCodingFirstRep().getCode(), Certainty::fhirCode) : null;
        ReactionType type = r.hasType() ? byCode(ReactionType.values(), r.getType().toCode(), ReactionType::fhirCode) : null;
        LocalDate onset = r.hasOnsetDateTimeType() ? LocalDate.parse(r.getOnsetDateTimeType().getValueAsString().substring(0, 10)) : null;
        return new ImportedAllergy(patientId, substance ? AllergyKind.SUBSTANCE : AllergyKind.GROUP, substance ? code.getCode() : null,
                substance ? null : code.getCode(), description, type, reaction, severity, certainty, onset, recordedBy, recordedAt, endedAt,
                endedBy, endReason);
    }

    private static String screening(String json, UnaryOperator<String> implicated) {
        return json == null ? null : ScreeningRecord.withImplicated(json, implicated);
    }

    // ---- parts

    private static void part(Extension complex, String name, Type value) {
        if (value != null) {
            complex.addExtension(new Extension(name, value));
        }
    }

    private static StringType string(String s) {
        return s == null ? null : new StringType(s);
    }

    private static CodeType code(String s) {
        return s == null ? null : new CodeType(s);
    }

    private static InstantType instant(Instant at) {
        return at == null ? null : new InstantType(Date.from(at), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone("UTC"));
    }

    private static Type value(Extension complex, String name) {
        Extension e = complex.getExtensionByUrl(name);
        return e == null ? null : e.getValue();
    }

    private static String text(Extension complex, String name) {
        Type v = value(complex, name);
        return v == null ? null : v.primitiveValue();
    }

    private static Integer integer(Extension complex, String name) {
        Type v = value(complex, name);
        return v == null ? null : ((IntegerType) v).getValue();
    }

    private static LocalDate date(Extension complex, String name) {
        String s = text(complex, name);
        return s == null ? null : LocalDate.parse(s);
    }

    private static Instant at(Extension complex, String name) {
        Type v = value(complex, name);
        return v == null ? null : ((InstantType) v).getValue().toInstant();
    }

    private static <E> E byCode(E[] values, String code, java.util.function.Function<E, String> fhirCode) {
        for (E e : values) {
            if (fhirCode.apply(e).equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown code " + code);
    }
}
