package org.openepr.caserecord.application.notes;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteRepository;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.summary.Snapshot;

/**
 * The patient's last {@link #SHOWN} notes for the case record summary, most recently changed first: one bounded query
 * on (patient, last saved), then the signed versions of just those notes (for the text and whether one was amended).
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class LatestNotes {

    public static final int SHOWN = 10;

    /** A first line longer than this is cut: the summary names a note, the note page shows it. */
    static final int FIRST_LINE_MAX = 120;

    @Inject
    NoteRepository notes;

    @Inject
    NoteTypeRepository types;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A note as the summary lists it. */
    public record Line(UUID id, String typeName, String author, Instant when, String state, String firstLine) {
    }

    /** The newest notes, whether there are older ones, and when they were read. */
    public record Listed(List<Line> notes, boolean more, Instant asOf) implements Snapshot {
    }

    public Listed of(UUID patientId) {
        patients.require(patientId);
        Instant asOf = clock.instant();
        List<ClinicalNote> read = notes.forPatient(patientId, 0, SHOWN + 1);
        boolean more = read.size() > SHOWN;
        List<ClinicalNote> shown = more ? read.subList(0, SHOWN) : read;
        Map<UUID, List<NoteVersion>> versions = shown.isEmpty() ? Map.of() : notes.versions(shown.stream().filter(n -> !n.isDraft()).map(ClinicalNote::id).toList())
                .stream().collect(Collectors.groupingBy(NoteVersion::noteId));
        Map<UUID, String> typeNames = types.all().stream().collect(Collectors.toMap(NoteType::id, NoteType::name, (a, b) -> a));
        audit.record(NotesAudit.NOTES_LISTED, null, patientId, "case record summary: " + shown.size() + " note(s)" + (more ? " and older" : ""));
        return new Listed(shown.stream().map(n -> line(NoteView.of(n, typeNames.get(n.noteTypeId()), versions.getOrDefault(n.id(), List.of())))).toList(),
                more, asOf);
    }

    private static Line line(NoteView v) {
        String state = v.isDraft() ? "Draft" : v.isAmended() ? "Amended" : "Validated";
        return new Line(v.id(), v.typeName(), v.author(), v.lastSavedAt(), state, firstLine(v.text()));
    }

    /** The first non-blank line of a note, cut to {@link #FIRST_LINE_MAX}; the page escapes it like any text. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return line.length() <= FIRST_LINE_MAX ? line : line.substring(0, FIRST_LINE_MAX - 1) + "…";
    }
}
