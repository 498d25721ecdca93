package org.openepr.caserecord.interfaces.web.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.facts.ProblemsAtAGlance;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.platform.summary.PrintedSection;
import org.openepr.platform.summary.Snapshot;
import org.openepr.platform.summary.SummaryPanel;
import org.openepr.platform.summary.SummaryPart;
import org.openepr.platform.time.UkDates;

/** The summary's problems and diagnoses: on the page and printed. */
@ApplicationScoped
public class ProblemsSummaryPanel implements SummaryPart {

    static final String TITLE = "Problems and diagnoses";
    static final int ORDER = 10;

    @Inject
    ProblemsAtAGlance problems;

    @Override
    public SummaryPanel panel() {
        return new SummaryPanel("problems", TITLE, "/caserecord/summary-problems.xhtml", ORDER, ProblemsAtAGlance.class);
    }

    @Override
    public Snapshot load(UUID patientId) {
        return problems.of(patientId);
    }

    @Override
    public PrintedSection print(UUID patientId) {
        ProblemsAtAGlance.Listed listed = problems.of(patientId);
        List<List<String>> rows = listed.problems().stream().map(p -> List.of(p.term() + (p.isPrimaryDiagnosis() ? " (primary diagnosis)" : ""),
                p.kind().label(), p.onset() == null ? "" : UkDates.date(p.onset()), code(p))).toList();
        return new PrintedSection(TITLE, List.of("Problem", "Kind", "Onset", "Code"), rows, "No active problems",
                listed.more() ? "Only " + ProblemsAtAGlance.SHOWN + " are printed: the problem list has them all" : null, listed.asOf());
    }

    private static String code(Problem p) {
        return p.isCoded() ? p.codeSystem().label() + " " + p.code() : "Not coded";
    }
}
