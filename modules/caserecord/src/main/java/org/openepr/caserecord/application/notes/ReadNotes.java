package org.openepr.caserecord.application.notes;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
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
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** A patient's notes, and one note with its history. Booking clerks never read note content; every read is audited. */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class ReadNotes {

    /** The most a list returns at once. */
    public static final int PAGE_MAX = 100;

    @Inject
    NoteRepository notes;

    @Inject
    NoteTypeRepository types;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    /** One page of a patient's notes, most recently changed first. */
    public List<NoteView> forPatient(UUID patientId, int first, int max) {
        patients.require(patientId);
        List<ClinicalNote> page = notes.forPatient(patientId, Math.max(0, first), Math.max(1, Math.min(max, PAGE_MAX)));
        Map<UUID, String> typeNames = typeNames();
        Map<UUID, List<NoteVersion>> versions = notes.versions(page.stream().filter(n -> !n.isDraft()).map(ClinicalNote::id).toList())
                .stream().collect(Collectors.groupingBy(NoteVersion::noteId));
        audit.record(NotesAudit.NOTES_LISTED, null, patientId, page.size() + " notes");
        return page.stream().map(n -> NoteView.of(n, typeNames.get(n.noteTypeId()), versions.getOrDefault(n.id(), List.of()))).toList();
    }

    public long countForPatient(UUID patientId) {
        patients.require(patientId);
        return notes.countForPatient(patientId);
    }

    /** Whom a new note is for (the editor's heading); the patient page that leads here audited the record's reading. */
    public PatientSummary patient(UUID patientId) {
        return patients.require(patientId);
    }

    public NoteView note(UUID noteId) {
        ClinicalNote note = notes.find(noteId).orElseThrow(() -> new RecordNotFoundException("note"));
        List<NoteVersion> versions = note.isDraft() ? List.of() : notes.versions(noteId);
        audit.record(NotesAudit.NOTE_VIEWED, noteId, note.patientId(), "revision " + note.revision());
        return NoteView.of(note, typeNames().get(note.noteTypeId()), versions);
    }

    private Map<UUID, String> typeNames() {
        return types.all().stream().collect(Collectors.toMap(NoteType::id, NoteType::name, (a, b) -> a));
    }

}
