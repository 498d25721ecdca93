package org.openepr.platform.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.openepr.platform.errors.InvalidInputException;

/**
 * FHIR conditional create: the {@code If-None-Exist} header, {@code identifier=<system>|<value>}, lets a client
 * retry a create safely. Only a search by one identifier of the resource's system is accepted. The platform reads
 * the header, so module code reads no request headers at all.
 */
@RequestScoped
public class ConditionalCreate {

    public static final String HEADER = "If-None-Exist";

    @Inject
    HttpServletRequest request;

    /** The identifier value asked for, if the header is there; a malformed header is refused, naming it. */
    public Optional<String> identifier(String system) {
        return parse(request.getHeader(HEADER), system);
    }

    static Optional<String> parse(String header, String system) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = SearchParams.plain(HEADER, header).strip();
        if (!value.startsWith("identifier=")) {
            throw new InvalidInputException(HEADER, "Use " + HEADER + ": identifier=" + system + "|<value>");
        }
        String token;
        try {
            token = URLDecoder.decode(value.substring("identifier=".length()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(HEADER, "The header is not valid percent-encoding");
        }
        if (!token.startsWith(system + "|") || token.length() == system.length() + 1) {
            throw new InvalidInputException(HEADER, "Use " + HEADER + ": identifier=" + system + "|<value>");
        }
        return Optional.of(SearchParams.plain(HEADER, token.substring(system.length() + 1)));
    }
}
