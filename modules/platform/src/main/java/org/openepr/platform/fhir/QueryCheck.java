package org.openepr.platform.fhir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;

/**
 * The query string of an API request, as it arrived: every parameter validly percent-encoded, free of control
 * characters and of a sane length, and the paging parameters every search shares ({@code _count}, {@code _offset})
 * in range. Checked before JAX-RS parses anything (whose parser answers a malformed escape with a server error),
 * so each bad value is refused with a 400 naming its parameter; resources then parse what values mean.
 */
final class QueryCheck {

    private QueryCheck() {
    }

    static Optional<FieldProblem> problemIn(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        String count = null;
        String offset = null;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name == null || name.isEmpty() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
                return Optional.of(new FieldProblem("query", "A parameter name is not valid"));
            }
            String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
            if (value == null) {
                return Optional.of(new FieldProblem(name, "The value is not valid percent-encoding (write | as %7C and % as %25)"));
            }
            try {
                if (!value.isEmpty()) {
                    SearchParams.plain(name, value);
                }
            } catch (InvalidInputException e) {
                return Optional.of(e.problems().get(0));
            }
            if (name.equals("_count")) {
                count = value;
            } else if (name.equals("_offset")) {
                offset = value;
            }
        }
        try {
            SearchParams.paging(count, offset);
        } catch (InvalidInputException e) {
            return Optional.of(e.problems().get(0));
        }
        return Optional.empty();
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
