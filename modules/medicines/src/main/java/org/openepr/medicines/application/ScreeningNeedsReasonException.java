package org.openepr.medicines.application;

import java.util.ArrayList;
import java.util.List;
import org.openepr.medicines.domain.screening.ScreeningResult;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.RuleRefusedException;

/**
 * Screening found something the prescriber must answer for: a contraindication to override, a serious finding to
 * accept, or nothing checked at all. Named on the override reason field; the findings travel with it.
 */
public class ScreeningNeedsReasonException extends RuleRefusedException {

    private final transient ScreeningResult screening;

    public ScreeningNeedsReasonException(ScreeningResult screening) {
        super(problems(screening));
        this.screening = screening;
    }

    private static List<FieldProblem> problems(ScreeningResult r) {
        var problems = new ArrayList<FieldProblem>();
        String ask = r.hasContraindication() ? "A contraindication blocks this order: override it only with a reason"
                : !r.checked() ? "The order could not be screened (" + String.join("; ", r.notChecked()) + "): give a reason to go on unchecked"
                : "Screening found a serious problem: give a reason to go on";
        problems.add(new FieldProblem("overrideReason", ask));
        r.findings().stream().filter(f -> f.needsReason())
                .forEach(f -> problems.add(new FieldProblem("screening", f.severity().label() + ": " + f.summary())));
        return problems;
    }

    public ScreeningResult screening() {
        return screening;
    }
}
