package org.openepr.caserecord.application.notes;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteRepository;
import org.openepr.caserecord.domain.notes.NoteText;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;
import org.openepr.caserecord.domain.notes.SaveId;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** A clinician starts a note for a patient: its first draft, saved under the id the client chose for this save. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class StartNote {

    @Inject
    NoteRepository notes;

    @Inject
    NoteTypeRepository types;

    @Inject
    NoteSaves saves;

    @Inject
    PatientDirectory patients;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public DraftSaved start(String saveIdText, UUID patientId, UUID noteTypeId, String text) {
        InputCheck check = new InputCheck();
        SaveId saveId = NoteSaves.saveId(check, saveIdText);
        NoteText noteText = NoteSaves.text(check, text);
        check.throwIfAny();
        var earlier = saves.earlier(saveId, null);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            patients.require(patientId);
        } catch (RecordNotFoundException e) {
            check.problem("patient", "No such patient");
        }
        NoteType type = noteTypeId == null ? null : types.find(noteTypeId).filter(t -> !t.isRetired()).orElse(null);
        if (type == null) {
            check.problem("type", "Type must be one of the trust's note types");
        }
        check.throwIfAny();
        ClinicalNote note = ClinicalNote.start(patientId, type.id(), noteText, trust.caller().userId(), clock.instant());
        notes.add(note);
        return saves.record(saveId, note, NotesAudit.NOTE_STARTED, type.name() + "; " + NoteSaves.size(noteText));
    }
}
