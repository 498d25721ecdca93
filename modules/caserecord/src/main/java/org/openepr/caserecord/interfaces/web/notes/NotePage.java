package org.openepr.caserecord.interfaces.web.notes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.notes.AmendNote;
import org.openepr.caserecord.application.notes.NoteTypes;
import org.openepr.caserecord.application.notes.NoteView;
import org.openepr.caserecord.application.notes.ReadNotes;
import org.openepr.caserecord.application.notes.SaveDraft;
import org.openepr.caserecord.domain.notes.NoteText;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * The note editor: a new note for a patient ({@code ?patient=}) or an existing one ({@code ?note=}). A draft is typed
 * and saved by note-editor.js through {@link NoteSavesServlet} (this bean only renders it); a validated note is shown
 * with its versions and amended here.
 */
@Named
@ViewScoped
@UserAction
public class NotePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadNotes reading;

    @Inject
    NoteTypes noteTypes;

    @Inject
    AmendNote amendments;

    @Inject
    Permissions permissions;

    @Inject
    TrustContext trust;

    private String patient;
    private String note;
    private PatientSummary patientSummary;
    private NoteView view;
    private List<NoteType> types;
    private boolean canWrite;
    private String userId;
    private String amendText;
    private String amendReason;
    /** Chosen when the page opens, so a repeated submit of the same amendment saves once. */
    private String amendSaveId = UUID.randomUUID().toString();

    public void load() {
        if (patientSummary != null) {
            return;
        }
        if (note != null && !note.isBlank()) {
            view = reading.note(Ids.of("note", note));
            patientSummary = reading.patient(view.patientId());
            amendText = view.text();
        } else {
            patientSummary = reading.patient(Ids.of("patient", patient));
        }
        types = noteTypes.inUse();
        canWrite = permissions.allows(SaveDraft.class);
        userId = trust.caller().userId();
    }

    public void amend() {
        var saved = amendments.amend(amendSaveId, view.id(), view.revision(), amendText, amendReason);
        FacesProblems.notice("Amendment saved: version " + (view.versions().size() + 1));
        amendSaveId = UUID.randomUUID().toString();
        amendReason = null;
        view = reading.note(saved.noteId());
        amendText = view.text();
    }

    public boolean isNewNote() {
        return view == null;
    }

    public boolean isDraft() {
        return view == null || view.isDraft();
    }

    public String getTypeName() {
        return view == null ? null : view.typeName();
    }

    public int getMaxLength() {
        return NoteText.MAX_LENGTH;
    }

    public String getPatient() { return patient; }
    public void setPatient(String patient) { this.patient = patient; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public PatientSummary getPatientSummary() { return patientSummary; }
    public NoteView getView() { return view; }
    public List<NoteType> getTypes() { return types; }
    public boolean isCanWrite() { return canWrite; }
    public String getUserId() { return userId; }
    public String getAmendText() { return amendText; }
    public void setAmendText(String amendText) { this.amendText = amendText; }
    public String getAmendReason() { return amendReason; }
    public void setAmendReason(String amendReason) { this.amendReason = amendReason; }
}
