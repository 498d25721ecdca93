package org.openepr.platform.errors;

/** One thing wrong with one input field, in words a user can act on. */
public record FieldProblem(String field, String message) {
}
