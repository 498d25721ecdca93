package org.openepr.discharge.interfaces.fhir.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.openepr.discharge.application.summary.SummaryDocumentReads;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;

/**
 * A signed discharge summary's document Bundle, exactly as signed and sent to the GP: read by its id, or searched by its
 * identifier (the same value, in the system of RFC 4122 UUIDs).
 */
@Path("Bundle")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class DocumentBundleResource {

    static final String IDENTIFIER_SYSTEM = "https://tools.ietf.org/html/rfc4122";

    @Inject
    SummaryDocumentReads reads;

    @Inject
    FhirSupport fhir;

    @Context
    UriInfo uri;

    /** The document whose identifier is given (the id it is read by): one or none. */
    @GET
    public Bundle search(@QueryParam("identifier") String identifierParam, @QueryParam("_count") String count,
                         @QueryParam("_offset") String offset) {
        var paging = SearchParams.paging(count, offset);
        String identifier = SearchParams.token("identifier", identifierParam, IDENTIFIER_SYSTEM)
                .orElseThrow(() -> new InvalidInputException("identifier", "Give the document's identifier: identifier=" + IDENTIFIER_SYSTEM + "|<id>"));
        List<String> found = uuid(identifier).flatMap(reads::bundleByIdentifier).stream().toList();
        return SearchBundle.page(uri, "Bundle", found.subList(0, Math.min(found.size(), paging.offset() == 0 ? 1 : 0)), found.size(), paging,
                json -> fhir.json().parseResource(Bundle.class, json));
    }

    private static Optional<UUID> uuid(String raw) {
        try {
            return raw.length() == 36 ? Optional.of(UUID.fromString(raw)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @GET
    @Path("{id}")
    public Bundle read(@PathParam("id") String id) {
        return fhir.json().parseResource(Bundle.class, reads.bundle(SearchParams.id("Bundle", id)));
    }
}
