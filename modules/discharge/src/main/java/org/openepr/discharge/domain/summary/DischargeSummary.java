package org.openepr.discharge.domain.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.persistence.TrustOwned;

/**
 * The discharge summary of one episode of care. Drafted from the record when the episode ends, edited by clinicians
 * (each save one revision, made against the revision the writer last saw: a save over someone else's newer text is
 * refused with both texts), then signed: a signed version ({@link SummaryVersion}) never changes. A correction starts a
 * new draft from the signed text; signing it makes the next version, which replaces the one before it.
 *
 * <p>State: drafted (a mandatory heading is still empty: the clinician must add it), awaiting signature (every
 * mandatory heading filled), signed.
 */
@Entity
@Table(name = "discharge_summary")
public class DischargeSummary extends TrustOwned {

    /** One summary per episode: a discharge recorded twice drafts once. */
    public static final String ONE_PER_EPISODE = "discharge_summary_episode_unique";

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "episode_id")
    private UUID episodeId;

    private boolean inpatient;

    private String place;

    @Column(name = "episode_started")
    private Instant episodeStarted;

    @Column(name = "episode_ended")
    private Instant episodeEnded;

    @Column(name = "responsible_clinician")
    private String responsibleClinician;

    @Enumerated(EnumType.STRING)
    private SummaryState state;

    /** Since when it has been in its state (drafted and awaiting signature count from the discharge, or the correction). */
    @Column(name = "state_since")
    private Instant stateSince;

    private int revision;

    private String content;

    @Column(name = "signed_version")
    private int signedVersion;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "last_saved_by")
    private String lastSavedBy;

    @Column(name = "last_saved_at")
    private Instant lastSavedAt;

    protected DischargeSummary() {
    }

    /** The system's draft at discharge, from the record: "drafted" until every mandatory heading has text. */
    public static DischargeSummary draft(EpisodeEnded episode, SummaryContent content, Instant at) {
        DischargeSummary s = new DischargeSummary();
        s.id = UUID.randomUUID();
        s.patientId = episode.patientId();
        s.episodeId = episode.episodeId();
        s.inpatient = episode.inpatient();
        s.place = episode.place() == null ? "not recorded" : episode.place();
        s.episodeStarted = episode.started();
        s.episodeEnded = episode.ended();
        // the clinician who discharged answers for it when the episode named no responsible clinician
        s.responsibleClinician = episode.responsibleClinician() != null ? episode.responsibleClinician() : episode.dischargedBy();
        s.revision = 1;
        s.content = content.toJson();
        s.draftedAt = stored(at);
        s.lastSavedBy = episode.dischargedBy();
        s.lastSavedAt = s.draftedAt;
        s.stateSince = stored(episode.ended());
        s.state = stateOf(content);
        return s;
    }

    /**
     * A summary as another trust's export recorded it (an import into an empty trust): its state, revision, text and
     * signed version as they were, under a new id; a signed one stays signed. No draft is made from today's record.
     */
    public record Imported(boolean inpatient, String place, Instant episodeStarted, Instant episodeEnded, String responsibleClinician,
            SummaryState state, Instant stateSince, int revision, String content, int signedVersion, Instant draftedAt, String lastSavedBy,
            Instant lastSavedAt) {
    }

    public static DischargeSummary imported(UUID id, UUID patientId, UUID episodeId, Imported r) {
        SummaryContent.parse(r.content()); // the headings must be ours
        DischargeSummary s = new DischargeSummary();
        s.id = id;
        s.patientId = patientId;
        s.episodeId = episodeId;
        s.inpatient = r.inpatient();
        s.place = r.place();
        s.episodeStarted = r.episodeStarted();
        s.episodeEnded = r.episodeEnded();
        s.responsibleClinician = r.responsibleClinician();
        s.state = r.state();
        s.stateSince = r.stateSince();
        s.revision = r.revision();
        s.content = r.content();
        s.signedVersion = r.signedVersion();
        s.draftedAt = r.draftedAt();
        s.lastSavedBy = r.lastSavedBy();
        s.lastSavedAt = r.lastSavedAt();
        return s;
    }

    public Imported toImported() {
        return new Imported(inpatient, place, episodeStarted, episodeEnded, responsibleClinician, state, stateSince, revision, content,
                signedVersion, draftedAt, lastSavedBy, lastSavedAt);
    }

    /** The headings as typed over revision {@code basedOn}. */
    public void save(int basedOn, SummaryContent typed, String by, Instant at) {
        requireDraft();
        requireCurrent(basedOn, typed);
        content = typed.toJson();
        state = stateOf(typed);
        touched(by, at);
    }

    /**
     * Signs the headings as the signer last saw them: the next version, immutable, replacing the one before it if this
     * is a correction. Refused, naming them, while a mandatory heading is empty.
     */
    public SummaryVersion sign(int basedOn, SummaryContent typed, String by, Instant at) {
        requireDraft();
        requireCurrent(basedOn, typed);
        List<Heading> missing = typed.emptyMandatory();
        if (!missing.isEmpty()) {
            throw new RuleRefusedException("headings", "The summary cannot be signed while " + (missing.size() == 1 ? "this mandatory heading is"
                    : "these mandatory headings are") + " empty: " + missing.stream().map(Heading::label).collect(Collectors.joining(", ")));
        }
        content = typed.toJson();
        touched(by, at);
        signedVersion++;
        state = SummaryState.SIGNED;
        stateSince = lastSavedAt;
        return new SummaryVersion(id, signedVersion, signedVersion > 1 ? signedVersion - 1 : null, revision, typed, by, lastSavedAt);
    }

    /** A correction of the signed summary: a new draft from the signed text; the signed version stays as it was. */
    public void startCorrection(int basedOn, String by, Instant at) {
        if (state != SummaryState.SIGNED) {
            throw new RuleRefusedException("summary", "This summary is not signed yet: edit it instead of correcting it");
        }
        requireCurrent(basedOn, content());
        state = stateOf(content());
        touched(by, at);
        stateSince = lastSavedAt;
    }

    private static SummaryState stateOf(SummaryContent c) {
        return c.emptyMandatory().isEmpty() ? SummaryState.AWAITING_SIGNATURE : SummaryState.DRAFTED;
    }

    private void requireDraft() {
        if (state == SummaryState.SIGNED) {
            throw new RuleRefusedException("summary", "This summary was signed (version " + signedVersion + ") and cannot change:"
                    + " start a correction, which is signed as a new version");
        }
    }

    private void requireCurrent(int basedOn, SummaryContent typed) {
        if (basedOn != revision) {
            throw new StaleSummaryException(id, revision, content, typed.toJson(), lastSavedBy, lastSavedAt);
        }
    }

    private void touched(String by, Instant at) {
        revision++;
        lastSavedBy = by;
        lastSavedAt = stored(at);
    }

    /** As the database keeps it (microseconds), so the first answer to a save and its repeat say the same time. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isSigned() {
        return state == SummaryState.SIGNED;
    }

    /** A correction of a signed version is being drafted. */
    public boolean isCorrection() {
        return signedVersion > 0 && state != SummaryState.SIGNED;
    }

    public SummaryContent content() {
        return SummaryContent.parse(content);
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public UUID episodeId() { return episodeId; }
    public boolean inpatient() { return inpatient; }
    public String place() { return place; }
    public Instant episodeStarted() { return episodeStarted; }
    public Instant episodeEnded() { return episodeEnded; }
    public String responsibleClinician() { return responsibleClinician; }
    public SummaryState state() { return state; }
    public Instant stateSince() { return stateSince; }
    public int revision() { return revision; }
    public String contentJson() { return content; }
    public int signedVersion() { return signedVersion; }
    public Instant draftedAt() { return draftedAt; }
    public String lastSavedBy() { return lastSavedBy; }
    public Instant lastSavedAt() { return lastSavedAt; }
}
