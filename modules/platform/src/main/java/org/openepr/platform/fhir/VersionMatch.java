package org.openepr.platform.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openepr.platform.errors.InvalidInputException;

/**
 * FHIR version-aware updates: the {@code If-Match: W/"<versionId>"} header names the version the client changed. The
 * platform reads the header, so module code reads none; an update made against another version answers 412
 * ({@link PreconditionFailedException}).
 */
@RequestScoped
public class VersionMatch {

    public static final String HEADER = "If-Match";
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,9})\"");

    @Inject
    HttpServletRequest request;

    /** The version the client says it changed, if it sent the header; a malformed one is refused, naming it. */
    public OptionalInt expected() {
        return parse(request.getHeader(HEADER));
    }

    static OptionalInt parse(String header) {
        if (header == null || header.isBlank()) {
            return OptionalInt.empty();
        }
        Matcher m = ETAG.matcher(header.strip());
        if (!m.matches()) {
            throw new InvalidInputException(HEADER, "Use " + HEADER + ": W/\"<meta.versionId>\" of the version you changed");
        }
        return OptionalInt.of(Integer.parseInt(m.group(1)));
    }

    /** The update was made against another version than the one the resource has now. */
    public static class PreconditionFailedException extends org.openepr.platform.errors.StaleEditException {
        public PreconditionFailedException(String message) {
            super(message);
        }
    }
}
