package org.openepr.medicines.application;

import org.openepr.platform.errors.InputCheck;

/** One required free-text field checked on its own, its problem named by the field. */
final class InputCheckOf {

    private InputCheckOf() {
    }

    static String required(String field, String label, String text, int max) {
        InputCheck check = new InputCheck();
        String value = check.field(field, () -> InputCheck.text(label, text, max, true));
        check.throwIfAny();
        return value;
    }
}
