package org.openepr.caserecord.application.notes;

import jakarta.inject.Inject;
import java.util.List;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The kinds of note a clinician may write, in the trust's order (its admin sets them: NoteTypeSetup). */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class NoteTypes {

    @Inject
    TrustNoteTypes types;

    public List<NoteType> inUse() {
        return types.all().stream().filter(t -> !t.isRetired()).toList();
    }
}
