package org.openepr.platform.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every field problem of one submission, so a user sees all of them at once,
 * then refuses the whole submission if there is any.
 */
public final class InputCheck {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Runs a parser (a value object's factory); its IllegalArgumentException becomes a problem of the field. */
    public <T> T field(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Free text from a person: required or not, trimmed, length-limited, no markup or control characters. */
    public static String text(String label, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(label + " must be at most " + maxLength + " characters (it has " + trimmed.length() + ")");
        }
        if (trimmed.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            throw new IllegalArgumentException(label + " must not contain < or > or control characters");
        }
        return trimmed;
    }
}
