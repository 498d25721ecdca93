package org.openepr.caserecord.interfaces.web.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.facts.RisksAtAGlance;
import org.openepr.platform.summary.PrintedSection;
import org.openepr.platform.summary.Snapshot;
import org.openepr.platform.summary.SummaryPanel;
import org.openepr.platform.summary.SummaryPart;
import org.openepr.platform.time.UkDates;

/** The summary's alerts and risks, with the legal status (the Mental Health Act section and its countdown). */
@ApplicationScoped
public class RisksSummaryPanel implements SummaryPart {

    static final String TITLE = "Alerts, risks and legal status";
    static final int ORDER = 30;

    @Inject
    RisksAtAGlance risks;

    @Override
    public SummaryPanel panel() {
        return new SummaryPanel("risks", TITLE, "/caserecord/summary-risks.xhtml", ORDER, RisksAtAGlance.class);
    }

    @Override
    public Snapshot load(UUID patientId) {
        return risks.of(patientId);
    }

    @Override
    public PrintedSection print(UUID patientId) {
        RisksAtAGlance.Listed listed = risks.of(patientId);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Legal status", "", listed.legalStatus() == null ? "None recorded" : listed.legalStatus().text(), ""));
        listed.risks().forEach(r -> rows.add(List.of(r.category().label(), r.severity().label(), r.details() == null ? "" : r.details(),
                UkDates.date(r.reviewDate()) + (listed.overdue(r) ? " (overdue)" : ""))));
        return new PrintedSection(TITLE, List.of("Risk", "Severity", "Details", "Review by"), rows, "No current alerts or risks",
                listed.more() ? "Only " + RisksAtAGlance.SHOWN + " are printed: the risks page has them all" : null, listed.asOf());
    }
}
