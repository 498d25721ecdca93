package org.openepr.caserecord.interfaces.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.openepr.caserecord.application.notes.NoteView;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.risks.RiskAlert;

/**
 * What the whole-trust export adds to the API's resources so that an import elsewhere can make the same record again:
 * who did what and when beyond what FHIR has a place for (the last change of a problem, a risk's review and end, who
 * recorded a vital sign, a care team membership's own history, a note's earlier versions). Extensions of ours
 * ({@code https://openepr.org/fhir/StructureDefinition/...}), complex ones made of {@code by}, {@code at} and
 * {@code reason} parts; UK Core allows them (open slicing), and the API does not serve them (they are the record's
 * history, not its content).
 */
public final class RecordHistory {

    static final String OURS = "https://openepr.org/fhir/StructureDefinition/";
    /** Who last changed a problem, when, and why. */
    public static final String LAST_CHANGE = OURS + "last-change";
    /** A risk's latest review: by, at. */
    public static final String RISK_REVIEWED = OURS + "risk-reviewed";
    /** How a risk ended: by, at, reason. */
    public static final String RISK_ENDED = OURS + "risk-ended";
    /** Who recorded a vital sign (user id). */
    public static final String RECORDED_BY = OURS + "recorded-by";
    /** The values recorded together (one form): the same id on each (the trail names it as an Observation). */
    public static final String OBSERVATION_SET = OURS + "observation-set";
    /** Who marked a vital sign entered in error. */
    public static final String ENTERED_IN_ERROR_BY = OURS + "entered-in-error-by";
    /** A care team membership's own history, on its participant: its id (the trail names it), added by, at; ended by, at. */
    public static final String MEMBERSHIP = OURS + "care-team-membership";
    /** Where a note stands: author (who started it), revision, last-saved-by, last-saved-at, validated-at. */
    public static final String NOTE_STANDING = OURS + "note-standing";
    /** Each signed version of a note, oldest first: number, revision, text, reason, by, at. */
    public static final String NOTE_VERSION = OURS + "note-version";

    private RecordHistory() {
    }

    /** A problem's last change, when it differs from its recording. */
    static Condition with(Condition c, Problem p) {
        if (!p.changedAt().equals(p.recordedAt()) || !p.changedBy().equals(p.recordedBy()) || p.changeReason() != null) {
            c.addExtension(act(LAST_CHANGE, p.changedBy(), p.changedAt(), p.changeReason()));
        }
        return c;
    }

    /** A risk's review and end. */
    static Flag with(Flag f, RiskAlert a) {
        if (a.reviewedAt() != null) {
            f.addExtension(act(RISK_REVIEWED, a.reviewedBy(), a.reviewedAt(), null));
        }
        if (a.endedAt() != null) {
            f.addExtension(act(RISK_ENDED, a.endedBy(), a.endedAt(), a.endReason()));
        }
        return f;
    }

    /** Who recorded a vital sign, its set, who marked it entered in error. */
    static org.hl7.fhir.r4.model.Observation with(org.hl7.fhir.r4.model.Observation r, Observation o) {
        r.addExtension(RECORDED_BY, new StringType(o.recordedBy()));
        r.addExtension(OBSERVATION_SET, new StringType(o.setId().toString()));
        if (o.enteredInErrorBy() != null) {
            r.addExtension(ENTERED_IN_ERROR_BY, new StringType(o.enteredInErrorBy()));
        }
        return r;
    }

    /** Each membership's history on its participant (the participants are the members, in order). */
    static CareTeam with(CareTeam t, List<CareTeamMember> members) {
        for (int i = 0; i < members.size(); i++) {
            CareTeamMember m = members.get(i);
            Extension e = new Extension(MEMBERSHIP);
            part(e, "id", new StringType(m.id().toString()));
            part(e, "added-by", new StringType(m.addedBy()));
            part(e, "added-at", instant(m.addedAt()));
            part(e, "ended-by", m.endedBy() == null ? null : new StringType(m.endedBy()));
            part(e, "ended-at", m.endedAt() == null ? null : instant(m.endedAt()));
            t.getParticipant().get(i).addExtension(e);
        }
        return t;
    }

    /** Where a note stands and every signed version (a draft has none). */
    static DocumentReference with(DocumentReference d, NoteView n) {
        Extension standing = new Extension(NOTE_STANDING);
        part(standing, "author", new StringType(n.author()));
        part(standing, "revision", new IntegerType(n.revision()));
        part(standing, "last-saved-by", new StringType(n.lastSavedBy()));
        part(standing, "last-saved-at", instant(n.lastSavedAt()));
        part(standing, "validated-at", n.validatedAt() == null ? null : instant(n.validatedAt()));
        d.addExtension(standing);
        for (NoteVersion v : n.versions()) {
            Extension e = new Extension(NOTE_VERSION);
            part(e, "number", new IntegerType(v.number()));
            part(e, "revision", new IntegerType(v.revision()));
            part(e, "text", new StringType(v.text()));
            part(e, "reason", v.reason() == null ? null : new StringType(v.reason()));
            part(e, "by", new StringType(v.signedBy()));
            part(e, "at", instant(v.signedAt()));
            d.addExtension(e);
        }
        return d;
    }

    /** Who, when and why, read back from one of our complex extensions (any part may be missing). */
    public record Act(String by, Instant at, String reason) {
    }

    static Extension act(String url, String by, Instant at, String reason) {
        Extension e = new Extension(url);
        part(e, "by", by == null ? null : new StringType(by));
        part(e, "at", at == null ? null : instant(at));
        part(e, "reason", reason == null ? null : new StringType(reason));
        return e;
    }

    static Optional<Act> act(List<Extension> on, String url) {
        Extension e = first(on, url);
        return e == null ? Optional.empty() : Optional.of(new Act(string(e, "by"), instantOf(e, "at"), string(e, "reason")));
    }

    static void part(Extension e, String name, Type value) {
        if (value != null) {
            e.addExtension(name, value);
        }
    }

    static InstantType instant(Instant at) {
        return new InstantType(Date.from(at));
    }

    static String string(Extension e, String name) {
        Extension p = e.getExtensionByUrl(name);
        return p == null || p.getValue() == null ? null : p.getValue().primitiveValue();
    }

    static Instant instantOf(Extension e, String name) {
        Extension p = e.getExtensionByUrl(name);
        return p == null || !(p.getValue() instanceof InstantType t) || t.getValue() == null ? null : t.getValue().toInstant();
    }

    static Integer integer(Extension e, String name) {
        Extension p = e.getExtensionByUrl(name);
        return p == null || !(p.getValue() instanceof IntegerType i) ? null : i.getValue();
    }

    static String string(List<Extension> on, String url) {
        Extension e = first(on, url);
        return e == null || e.getValue() == null ? null : e.getValue().primitiveValue();
    }

    static List<Extension> all(List<Extension> on, String url) {
        return on.stream().filter(e -> url.equals(e.getUrl())).toList();
    }

    static Extension first(List<Extension> on, String url) {
        return on.stream().filter(e -> url.equals(e.getUrl())).findFirst().orElse(null);
    }
}
