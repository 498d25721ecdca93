package org.openepr.caserecord.interfaces.fhir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.openepr.caserecord.application.importing.CaseRecordFromImport.NamedType;
import org.openepr.caserecord.application.importing.CaseRecordFromImport.NoteWithVersions;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRole;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.problems.CodeSystem;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemKind;
import org.openepr.caserecord.domain.problems.ProblemStatus;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskCategory;
import org.openepr.caserecord.domain.risks.RiskSeverity;
import org.openepr.caserecord.interfaces.fhir.RecordHistory.Act;
import org.openepr.caserecord.interfaces.fhir.notes.NoteFhirMapper;

/**
 * The case record's exported resources read back into its records, the inverse of the API's mappers plus
 * {@link RecordHistory}: what was exported is what is made, so the trust exported again gives the same resources.
 * References to other records go through {@code ids} (an old reference → the new record's id), so this knows no id map
 * and no other module. Anything it cannot read back exactly is refused, naming the resource, rather than guessed.
 */
public final class CaseRecordFromFhir {

    static final String LEAD = "Lead professional";
    static final String ENTERED_IN_ERROR = "Entered in error: ";

    private final Function<String, UUID> ids;

    /** {@code ids}: "Patient/old" (or "Observation/old") → the new id. */
    public CaseRecordFromFhir(Function<String, UUID> ids) {
        this.ids = ids;
    }

    public Problem problem(UUID id, Condition c) {
        String category = c.getCategoryFirstRep().getCodingFirstRep().getCode();
        ProblemKind kind = "encounter-diagnosis".equals(category) ? ProblemKind.DIAGNOSIS : ProblemKind.PROBLEM;
        ProblemStatus status;
        if ("entered-in-error".equals(c.getVerificationStatus().getCodingFirstRep().getCode())) {
            status = ProblemStatus.ENTERED_IN_ERROR;
        } else {
            status = "resolved".equals(c.getClinicalStatus().getCodingFirstRep().getCode()) ? ProblemStatus.RESOLVED : ProblemStatus.ACTIVE;
        }
        Coding coded = c.getCode().getCoding().stream().filter(Coding::hasCode).findFirst().orElse(null);
        CodeSystem system = coded == null ? null : CodeSystem.ofUri(coded.getSystem())
                .orElseThrow(() -> refused(c, "code system " + coded.getSystem() + " is not one of ours"));
        Extension primary = c.getExtensionByUrl(ClinicalFactsFhirMapper.PRIMARY_DIAGNOSIS);
        Act change = RecordHistory.act(c.getExtension(), RecordHistory.LAST_CHANGE).orElse(null);
        return Problem.imported(id, patient(c.getSubject()), kind, system, coded == null ? null : coded.getCode(), c.getCode().getText(),
                date(c.hasOnsetDateTimeType() ? c.getOnsetDateTimeType() : null),
                status, date(c.hasAbatementDateTimeType() ? c.getAbatementDateTimeType() : null),
                primary != null && ((BooleanType) primary.getValue()).booleanValue(), c.hasNote() ? c.getNoteFirstRep().getText() : null,
                c.getRecorder().getDisplay(), instant(c.getRecordedDateElement()),
                change == null ? null : new Problem.Change(change.by(), change.at(), change.reason()));
    }

    public RiskAlert risk(UUID id, Flag f) {
        RiskCategory category = RiskCategory.ofCode(f.getCategoryFirstRep().getCodingFirstRep().getCode())
                .orElseThrow(() -> refused(f, "no risk category of ours"));
        Extension severityCode = f.getExtensionByUrl(ClinicalFactsFhirMapper.RISK_SEVERITY);
        if (severityCode == null) {
            throw refused(f, "no severity");
        }
        RiskSeverity severity = RiskSeverity.valueOf(((Coding) severityCode.getValue()).getCode().toUpperCase(java.util.Locale.ROOT));
        String prefix = category.label() + " (" + severity.label().toLowerCase() + "): ";
        String text = f.getCode().getText();
        if (text == null || !text.startsWith(prefix)) {
            throw refused(f, "its words do not start \"" + prefix + "\"");
        }
        Extension review = f.getExtensionByUrl(ClinicalFactsFhirMapper.RISK_REVIEW_DATE);
        if (review == null) {
            throw refused(f, "no review date");
        }
        Act reviewed = RecordHistory.act(f.getExtension(), RecordHistory.RISK_REVIEWED).orElse(null);
        Act ended = RecordHistory.act(f.getExtension(), RecordHistory.RISK_ENDED).orElse(null);
        if ((ended == null) != (f.getStatus() == Flag.FlagStatus.ACTIVE)) {
            throw refused(f, "an inactive alert says how it ended, an active one does not");
        }
        return RiskAlert.imported(id, patient(f.getSubject()), category, severity, text.substring(prefix.length()),
                LocalDate.parse(((DateType) review.getValue()).getValueAsString()), f.getAuthor().getDisplay(),
                instant(f.getPeriod().getStartElement()), reviewed == null ? null : new RiskAlert.Act(reviewed.by(), reviewed.at(), null),
                ended == null ? null : new RiskAlert.Act(ended.by(), ended.at(), ended.reason()));
    }

    /** {@code set}: the new id of the set the value was recorded in (the export's set id mapped by the caller). */
    public Observation observation(UUID id, org.hl7.fhir.r4.model.Observation r, UUID set) {
        VitalSign sign = r.getCode().getCoding().stream().map(c -> VitalSignsFhir.signOf(c.getSystem(), c.getCode()))
                .filter(s -> s != null).findFirst().orElseThrow(() -> refused(r, "not a vital sign of ours"));
        String by = RecordHistory.string(r.getExtension(), RecordHistory.RECORDED_BY);
        if (by == null) {
            throw refused(r, "no " + RecordHistory.RECORDED_BY);
        }
        var recording = new Observation.Recording(patient(r.getSubject()), set, instant(r.getEffectiveDateTimeType()), by,
                r.getIssued().toInstant());
        BigDecimal value;
        BigDecimal diastolic = null;
        if (sign == VitalSign.BLOOD_PRESSURE) {
            value = component(r, VitalSignsFhir.SYSTOLIC_LOINC);
            diastolic = component(r, VitalSignsFhir.DIASTOLIC_LOINC);
        } else {
            value = r.getValueQuantity().getValue();
        }
        UUID weight = null;
        UUID height = null;
        if (r.hasDerivedFrom()) {
            if (r.getDerivedFrom().size() != 2) {
                throw refused(r, "a BMI is derived from a weight and a height");
            }
            weight = ids.apply(r.getDerivedFrom().get(0).getReference());
            height = ids.apply(r.getDerivedFrom().get(1).getReference());
        }
        Observation o = Observation.imported(id, recording, sign, value, diastolic, weight, height);
        if (r.getStatus() == ObservationStatus.ENTEREDINERROR) {
            var note = r.getNoteFirstRep();
            String text = note.getText();
            if (text == null || !text.startsWith(ENTERED_IN_ERROR) || !note.hasTime()) {
                throw refused(r, "entered in error without its reason and time");
            }
            o.enteredInError(RecordHistory.string(r.getExtension(), RecordHistory.ENTERED_IN_ERROR_BY), note.getTime().toInstant(),
                    text.substring(ENTERED_IN_ERROR.length()));
        }
        return o;
    }

    /** The old id of the set a value was recorded in, as exported. */
    public static String setOf(org.hl7.fhir.r4.model.Observation r) {
        return RecordHistory.string(r.getExtension(), RecordHistory.OBSERVATION_SET);
    }

    /** The team's memberships, in the team's order; {@code newIds} one per participant. */
    public List<CareTeamMember> careTeam(CareTeam t, List<UUID> newIds) {
        UUID patient = patient(t.getSubject());
        List<CareTeamMember> members = new ArrayList<>();
        for (int i = 0; i < t.getParticipant().size(); i++) {
            var p = t.getParticipant().get(i);
            String roleWords = p.getRoleFirstRep().getText();
            CareTeamRole role = java.util.Arrays.stream(CareTeamRole.values()).filter(r -> r.label().equals(roleWords)).findFirst()
                    .orElseThrow(() -> refused(t, "role " + roleWords + " is not one of ours"));
            boolean lead = p.getRole().stream().anyMatch(c -> LEAD.equals(c.getText()));
            Extension history = p.getExtensionByUrl(RecordHistory.MEMBERSHIP);
            if (history == null) {
                throw refused(t, "a participant without " + RecordHistory.MEMBERSHIP);
            }
            var membership = new CareTeamMember.Membership(t.getName(), p.getMember().getIdentifier().getValue(), role, lead,
                    date(p.getPeriod().getStartElement()), date(p.getPeriod().hasEnd() ? p.getPeriod().getEndElement() : null));
            members.add(CareTeamMember.imported(newIds.get(i), patient, membership, RecordHistory.string(history, "added-by"),
                    RecordHistory.instantOf(history, "added-at"), RecordHistory.string(history, "ended-by"),
                    RecordHistory.instantOf(history, "ended-at")));
        }
        return members;
    }

    /** Each participant's membership id as exported, in the team's order. */
    public static List<String> membershipIds(CareTeam t) {
        List<String> ids = new ArrayList<>();
        for (var p : t.getParticipant()) {
            Extension history = p.getExtensionByUrl(RecordHistory.MEMBERSHIP);
            String id = history == null ? null : RecordHistory.string(history, "id");
            if (id == null) {
                throw refused(t, "a participant without its membership id");
            }
            ids.add(id);
        }
        return ids;
    }

    /** The note type the export names: its id there and its name. */
    public static NamedType typeOf(DocumentReference d) {
        Coding c = d.getType().getCoding().stream().filter(x -> NoteFhirMapper.NOTE_TYPES.equals(x.getSystem())).findFirst()
                .orElseThrow(() -> refused(d, "no note type of ours"));
        return new NamedType(UUID.fromString(c.getCode()), c.getDisplay());
    }

    /** A note and its signed versions; {@code typeId}: its type here. */
    public NoteWithVersions note(UUID id, DocumentReference d, UUID typeId) {
        Extension standing = d.getExtensionByUrl(RecordHistory.NOTE_STANDING);
        if (standing == null) {
            throw refused(d, "no " + RecordHistory.NOTE_STANDING);
        }
        boolean draft = d.getDocStatus() == DocumentReference.ReferredDocumentStatus.PRELIMINARY;
        Integer revision = RecordHistory.integer(standing, "revision");
        var note = ClinicalNote.imported(id, patient(d.getSubject()), typeId, RecordHistory.string(standing, "author"),
                d.getDate().toInstant(), draft ? text(d) : null,
                new ClinicalNote.Standing(revision == null ? 0 : revision, RecordHistory.string(standing, "last-saved-by"),
                        RecordHistory.instantOf(standing, "last-saved-at"), RecordHistory.instantOf(standing, "validated-at")));
        List<NoteVersion> versions = new ArrayList<>();
        for (Extension v : RecordHistory.all(d.getExtension(), RecordHistory.NOTE_VERSION)) {
            versions.add(NoteVersion.imported(id, RecordHistory.integer(v, "number"), RecordHistory.integer(v, "revision"),
                    RecordHistory.string(v, "text"), RecordHistory.string(v, "reason"), RecordHistory.string(v, "by"),
                    RecordHistory.instantOf(v, "at")));
        }
        if (draft != versions.isEmpty()) {
            throw refused(d, "a draft has no signed versions, a validated note has at least one");
        }
        return new NoteWithVersions(note, versions);
    }

    private static String text(DocumentReference d) {
        byte[] data = d.getContentFirstRep().getAttachment().getData();
        return data == null ? "" : new String(data, StandardCharsets.UTF_8);
    }

    private UUID patient(Reference subject) {
        if (subject == null || subject.getReference() == null || !subject.getReference().startsWith("Patient/")) {
            throw new IllegalArgumentException("A case record entry without its patient");
        }
        return ids.apply(subject.getReference());
    }

    private static BigDecimal component(org.hl7.fhir.r4.model.Observation r, String loinc) {
        for (ObservationComponentComponent c : r.getComponent()) {
            if (c.getCode().getCoding().stream().anyMatch(x -> loinc.equals(x.getCode()))) {
                Type v = c.getValue();
                return ((Quantity) v).getValue();
            }
        }
        throw refused(r, "no component " + loinc);
    }

    private static LocalDate date(BaseDateTimeType t) {
        return t == null || t.getValueAsString() == null ? null : LocalDate.parse(t.getValueAsString().substring(0, 10));
    }

    private static Instant instant(BaseDateTimeType t) {
        return t == null || t.getValue() == null ? null : t.getValue().toInstant();
    }

    private static IllegalArgumentException refused(org.hl7.fhir.r4.model.Resource r, String why) {
        return new IllegalArgumentException(r.fhirType() + "/" + r.getIdElement().getIdPart() + " cannot be imported: " + why);
    }
}
