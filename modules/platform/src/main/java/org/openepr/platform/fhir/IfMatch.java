package org.openepr.platform.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.StaleEditException;

/**
 * FHIR versioned update: the {@code If-Match: W/"<versionId>"} header an update must carry, the version the client
 * read. The platform reads the header, so module code reads no request headers at all; an update made against
 * another version than the record's current one answers 412 ({@link PreconditionFailedException}).
 */
@RequestScoped
public class IfMatch {

    public static final String HEADER = "If-Match";
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,9})\"");

    @Inject
    HttpServletRequest request;

    /** The version the client read; a missing or malformed header is refused (400), naming it. */
    public int requiredVersion() {
        return parse(request.getHeader(HEADER));
    }

    static int parse(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidInputException(HEADER, "An update needs " + HEADER + ": W/\"<version>\" (the meta.versionId you read), "
                    + "so nobody's change is overwritten");
        }
        Matcher m = ETAG.matcher(header.strip());
        if (!m.matches()) {
            throw new InvalidInputException(HEADER, "Write " + HEADER + ": W/\"<version>\" with the meta.versionId you read");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The update was made against another version than the one the resource has now: 412, nothing saved. */
    public static class PreconditionFailedException extends StaleEditException {
        private static final long serialVersionUID = 1L;

        public PreconditionFailedException(String message) {
            super(message);
        }
    }
}
