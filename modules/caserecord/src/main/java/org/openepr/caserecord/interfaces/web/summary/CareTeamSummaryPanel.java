package org.openepr.caserecord.interfaces.web.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.careteam.CareTeamAtAGlance;
import org.openepr.platform.summary.PrintedSection;
import org.openepr.platform.summary.Snapshot;
import org.openepr.platform.summary.SummaryPanel;
import org.openepr.platform.summary.SummaryPart;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.StaffNames;

/** The summary's care team: current members, the lead professional first. */
@ApplicationScoped
public class CareTeamSummaryPanel implements SummaryPart {

    static final String TITLE = "Care team";
    static final int ORDER = 40;

    @Inject
    CareTeamAtAGlance team;

    @Inject
    StaffNames staff;

    @Override
    public SummaryPanel panel() {
        return new SummaryPanel("careteam", TITLE, "/caserecord/summary-careteam.xhtml", ORDER, CareTeamAtAGlance.class);
    }

    @Override
    public Snapshot load(UUID patientId) {
        return team.of(patientId);
    }

    @Override
    public PrintedSection print(UUID patientId) {
        CareTeamAtAGlance.Listed listed = team.of(patientId);
        List<List<String>> rows = listed.members().stream().map(m -> List.of(staff.name(m.staffUserId()) + (m.lead() ? " (lead professional)" : ""),
                m.role().label(), m.service(), UkDates.date(m.startDate()))).toList();
        return new PrintedSection(TITLE, List.of("Member", "Role", "Service", "Since"), rows, "No current care team",
                listed.more() ? "Only " + CareTeamAtAGlance.SHOWN + " are printed: the care team page has them all" : null, listed.asOf());
    }
}
