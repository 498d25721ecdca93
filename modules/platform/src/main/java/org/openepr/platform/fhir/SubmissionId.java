package org.openepr.platform.fhir;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.openepr.platform.errors.InvalidInputException;

/**
 * A client's id for one create, sent as an identifier of a system the resource names (a UUID the client chooses for
 * that create): the same create sent again (after a lost answer, a retry) answers with what the first one made and
 * makes nothing new. The use case keeps the id with what it records and looks it up first.
 */
public final class SubmissionId {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SubmissionId() {
    }

    /** The id among these identifiers, if the client sent one; a malformed or repeated one is refused, naming {@code path}. */
    public static Optional<UUID> of(List<Identifier> identifiers, String system, String path) {
        List<Identifier> ours = identifiers.stream().filter(i -> system.equals(i.getSystem())).toList();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        String value = ours.get(0).getValue();
        if (ours.size() > 1 || value == null || !UUID_TEXT.matcher(value.strip()).matches()) {
            throw new InvalidInputException(path, "Send one identifier of system " + system + ": a UUID chosen for this create");
        }
        return Optional.of(UUID.fromString(value.strip()));
    }

    /** The answer to such a create: 201 with its Location for a new record; 200 with the first one's record when sent again. */
    public static Response answer(UriInfo uri, Resource made, boolean created) {
        return created
                ? Response.created(uri.getBaseUriBuilder().path(made.fhirType()).path(made.getIdElement().getIdPart()).build()).entity(made).build()
                : Response.ok(made).build();
    }
}
