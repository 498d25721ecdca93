package org.openepr.medicines.domain.screening;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseVersion;
import org.openepr.medicines.domain.knowledge.Severity;

/**
 * What screening found, against which knowledge base, and what it could not check. Never a silent pass: with no
 * usable knowledge base the result is NOT CHECKED, naming why, and it is shown as such wherever it appears.
 */
public record ScreeningResult(boolean checked, Optional<KnowledgeBaseVersion> version, List<Finding> findings, List<String> notChecked) {

    public ScreeningResult {
        findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
        notChecked = List.copyOf(notChecked);
    }

    public static ScreeningResult notChecked(String why, Optional<KnowledgeBaseVersion> version) {
        return new ScreeningResult(false, version, List.of(), List.of(why));
    }

    /** A contraindication stops the order unless the prescriber overrides it with a reason. */
    public boolean hasContraindication() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.CONTRAINDICATED);
    }

    /** The prescriber must give a reason to go on: a serious or contraindicated finding, or nothing checked at all. */
    public boolean needsReason() {
        return !checked || findings.stream().anyMatch(Finding::needsReason);
    }

    public String headline() {
        if (!checked) {
            return "NOT CHECKED: " + String.join("; ", notChecked);
        }
        return findings.isEmpty() ? "No problems found" : findings.size() + (findings.size() == 1 ? " finding" : " findings");
    }
}
