package org.openepr.platform.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.openepr.platform.errors.InvalidInputException;

/**
 * FHIR versioned update: the {@code If-Match: W/"<versionId>"} header an update must carry, the version the client
 * read. The platform reads the header, so module code reads no request headers at all; a resource answers 412 when
 * the record's version is no longer this one.
 */
@RequestScoped
public class IfMatch {

    public static final String HEADER = "If-Match";

    @Inject
    HttpServletRequest request;

    /** The version the client read; a missing or malformed header is refused (400), naming it. */
    public int requiredVersion() {
        return parse(request.getHeader(HEADER));
    }

    static int parse(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidInputException(HEADER, "An update needs " + HEADER + ": W/\"<version>\" (the meta.versionId you read)");
        }
        String v = SearchParams.plain(HEADER, header).strip();
        v = v.startsWith("W/") ? v.substring(2) : v;
        v = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
        try {
            int version = Integer.parseInt(v);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(HEADER, "Write " + HEADER + ": W/\"<version>\" with the meta.versionId you read");
        }
    }
}
