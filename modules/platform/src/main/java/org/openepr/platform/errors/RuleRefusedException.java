package org.openepr.platform.errors;

import java.util.List;

/**
 * Well-formed input that a clinical rule refuses (e.g. a contraindication without an override reason): the screen
 * shows it beside the field, the API answers 422 with one issue per problem. Nothing is saved.
 */
public class RuleRefusedException extends InvalidInputException {

    public RuleRefusedException(List<FieldProblem> problems) {
        super(problems);
    }

    public RuleRefusedException(String field, String message) {
        super(field, message);
    }
}
