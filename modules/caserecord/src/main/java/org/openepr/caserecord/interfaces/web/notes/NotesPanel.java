package org.openepr.caserecord.interfaces.web.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.notes.NoteView;
import org.openepr.caserecord.application.notes.ReadNotes;
import org.openepr.caserecord.application.notes.StartNote;
import org.openepr.platform.security.Permissions;

/** The last notes on the patient's page, with a link to write one. Loaded once per request (one bounded query). */
@Named
@RequestScoped
public class NotesPanel {

    /** How many notes the panel shows. */
    public static final int LAST = 10;

    @Inject
    ReadNotes reading;

    @Inject
    Permissions permissions;

    private List<NoteView> loaded;

    public List<NoteView> of(UUID patientId) {
        if (loaded == null) {
            loaded = reading.forPatient(patientId, 0, LAST);
        }
        return loaded;
    }

    public boolean isCanWrite() {
        return permissions.allows(StartNote.class);
    }
}
