package org.openepr.caserecord.application.notes;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The trust admin sets the kinds of note the trust writes: adds, renames, retires and reinstates them (never deletes:
 * old notes keep their type's name).
 */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = Roles.TRUST_ADMIN)
public class NoteTypeSetup {

    @Inject
    NoteTypeRepository types;

    @Inject
    AuditTrail audit;

    @Inject
    TrustNoteTypes trustTypes;

    /** Every type, retired ones too, in the trust's order. */
    public List<NoteType> all() {
        return trustTypes.all();
    }

    public NoteType add(String nameText) {
        String name = name(nameText);
        List<NoteType> all = all();
        if (all.stream().anyMatch(t -> t.name().equalsIgnoreCase(name))) {
            throw new ConflictException("name", "There is already a note type called " + name);
        }
        NoteType type = new NoteType(name, all.stream().mapToInt(NoteType::position).max().orElse(-1) + 1);
        types.add(type);
        flush();
        audit.record(NotesAudit.NOTE_TYPES_CHANGED, type.id(), null, "added " + name);
        return type;
    }

    public void rename(UUID typeId, int versionSeen, String nameText) {
        String name = name(nameText);
        NoteType type = current(typeId, versionSeen);
        String was = type.name();
        type.rename(name);
        flush();
        audit.record(NotesAudit.NOTE_TYPES_CHANGED, typeId, null, "renamed " + was + " to " + name);
    }

    public void retire(UUID typeId, int versionSeen) {
        NoteType type = current(typeId, versionSeen);
        type.retire();
        audit.record(NotesAudit.NOTE_TYPES_CHANGED, typeId, null, "retired " + type.name());
    }

    public void reinstate(UUID typeId, int versionSeen) {
        NoteType type = current(typeId, versionSeen);
        type.reinstate();
        audit.record(NotesAudit.NOTE_TYPES_CHANGED, typeId, null, "reinstated " + type.name());
    }

    private NoteType current(UUID typeId, int versionSeen) {
        NoteType type = types.find(typeId).orElseThrow(() -> new RecordNotFoundException("note type"));
        if (type.version() != versionSeen) {
            throw new StaleEditException("This note type was changed after you opened the page: nothing was saved");
        }
        return type;
    }

    private void flush() {
        try {
            types.flush();
        } catch (RuntimeException e) {
            if (Failures.violated(e, NoteType.NAME_UNIQUE)) {
                throw new ConflictException("name", "There is already a note type with that name");
            }
            throw e;
        }
    }

    private static String name(String text) {
        InputCheck check = new InputCheck();
        String name = check.field("name", () -> InputCheck.text("Name", text, NoteType.NAME_MAX, true));
        check.throwIfAny();
        return name;
    }
}
