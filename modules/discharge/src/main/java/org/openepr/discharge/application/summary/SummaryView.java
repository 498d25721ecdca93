package org.openepr.discharge.application.summary;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.Heading;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.patients.api.PatientSummary;

/**
 * A discharge summary as its screen shows it: the episode, the state (after signing, how its sending stands), the
 * headings as they are now (the draft, or the last signed version), what must still be added, and every signed version.
 */
public record SummaryView(UUID id, UUID patientId, PatientSummary patient, boolean inpatient, String place, Instant started, Instant ended, String responsibleClinician,
                          SummaryState state, Instant stateSince, String stateReason, int revision, List<HeadingText> headings,
                          List<Heading> emptyMandatory, int signedVersion, boolean correction, String lastSavedBy, Instant lastSavedAt,
                          List<VersionListed> versions) {

    /** One heading and its text; {@code mustAdd}: mandatory and still empty. */
    public record HeadingText(Heading heading, String text, boolean mustAdd) {
    }

    /** A signed version: number, the version it replaced (or null), who signed it and when. */
    public record VersionListed(int number, Integer replacesVersion, String signedBy, Instant signedAt) {
    }

    public static List<HeadingText> headings(SummaryContent content) {
        return Arrays.stream(Heading.values()).map(h -> new HeadingText(h, content.of(h), h.isMandatory() && content.isEmpty(h))).toList();
    }

    static SummaryView of(DischargeSummary s, PatientSummary patient, List<SummaryVersion> versions, SummaryState shownState, Instant shownSince, String reason) {
        SummaryContent content = s.content();
        return new SummaryView(s.id(), s.patientId(), patient, s.inpatient(), s.place(), s.episodeStarted(), s.episodeEnded(), s.responsibleClinician(),
                shownState, shownSince, reason, s.revision(), headings(content), s.isSigned() ? List.of() : content.emptyMandatory(), s.signedVersion(),
                s.isCorrection(), s.lastSavedBy(), s.lastSavedAt(),
                versions.stream().map(v -> new VersionListed(v.number(), v.replacesVersion(), v.signedBy(), v.signedAt())).toList());
    }

    public boolean isDraft() {
        return state == SummaryState.DRAFTED || state == SummaryState.AWAITING_SIGNATURE;
    }

    /** The headings as one JSON object, as the editor saves them. */
    public String headingsJson() {
        java.util.Map<Heading, String> text = new java.util.EnumMap<>(Heading.class);
        headings.forEach(h -> text.put(h.heading(), h.text()));
        return SummaryContent.of(text).toJson();
    }
}
