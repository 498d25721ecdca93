package org.openepr.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.caserecord.application.notes.NoteTypeSetup;
import org.openepr.caserecord.application.notes.ReadNotes;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.RecordPanel;

/**
 * The case record as the product shows it: clinical notes, problems and diagnoses, alerts and risks, legal status,
 * care team, observations and the case record summary. Each part adds its own entries to the lists below.
 */
@ApplicationScoped
public class CaseRecordModule implements ModuleDescriptor {

    public static final String NAME = "caserecord";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "the case record";
    }

    @Override
    public List<String> pagePaths() {
        return List.of("/caserecord/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                // observations
        );
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                // observations
        );
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                // notes
                new HomeTile("tileNoteTypes", "Note types", "The kinds of clinical note your trust writes", "/caserecord/admin/note-types.xhtml", 96,
                        NoteTypeSetup.class)
                // problems, alerts and risks, legal status, care team
                // observations
        );
    }

    @Override
    public List<RecordPanel> patientPanels() {
        return List.of(
                // notes
                new RecordPanel("/caserecord/patient-notes.xhtml", 40, ReadNotes.class)
                // problems, alerts and risks, legal status, care team
                // observations
        );
    }
}
