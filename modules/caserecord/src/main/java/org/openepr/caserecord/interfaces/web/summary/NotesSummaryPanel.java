package org.openepr.caserecord.interfaces.web.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.notes.LatestNotes;
import org.openepr.platform.summary.PrintedSection;
import org.openepr.platform.summary.Snapshot;
import org.openepr.platform.summary.SummaryPanel;
import org.openepr.platform.summary.SummaryPart;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.StaffNames;

/** The summary's latest notes: type, author, when, state and first line, newest first. */
@ApplicationScoped
public class NotesSummaryPanel implements SummaryPart {

    static final String TITLE = "Latest notes";
    static final int ORDER = 50;

    @Inject
    LatestNotes notes;

    @Inject
    StaffNames staff;

    @Override
    public SummaryPanel panel() {
        return new SummaryPanel("notes", TITLE, "/caserecord/summary-notes.xhtml", ORDER, LatestNotes.class);
    }

    @Override
    public Snapshot load(UUID patientId) {
        return notes.of(patientId);
    }

    @Override
    public PrintedSection print(UUID patientId) {
        LatestNotes.Listed listed = notes.of(patientId);
        List<List<String>> rows = listed.notes().stream().map(n -> List.of(UkDates.dateTime(n.when()), n.typeName() == null ? "" : n.typeName(),
                staff.name(n.author()), n.state(), n.firstLine())).toList();
        return new PrintedSection(TITLE, List.of("When", "Type", "Author", "State", "First line"), rows, "No notes",
                listed.more() ? "Only the newest " + LatestNotes.SHOWN + " are printed: the patient's notes list has them all" : null, listed.asOf());
    }
}
