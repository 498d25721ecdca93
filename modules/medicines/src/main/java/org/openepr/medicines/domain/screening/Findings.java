package org.openepr.medicines.domain.screening;

import java.util.ArrayList;
import java.util.List;

/** What the rules add up while one order is screened. */
final class Findings {

    final List<Finding> found = new ArrayList<>();
    final List<String> notChecked = new ArrayList<>();

    void add(Finding finding) {
        found.add(finding);
    }

    void couldNotCheck(String what) {
        notChecked.add(what);
    }
}
