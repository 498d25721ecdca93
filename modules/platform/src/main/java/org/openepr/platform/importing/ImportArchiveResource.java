package org.openepr.platform.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.OperationOutcomes;
import org.openepr.platform.fhir.RespondAsync;
import org.openepr.platform.security.Roles;

/**
 * Loading a whole-trust export archive into this (empty) trust over the API, for the migration tooling of a trust
 * arriving from another instance or system: {@code POST /fhir/$import-archive} with the zip an export wrote
 * ({@code Content-Type: application/zip}, {@code Prefer: respond-async}) → 202 and a status URL in
 * {@code Content-Location}; {@code GET} on it → 202 with {@code X-Progress} while loading, 200 with the counts per
 * type when loaded, 500 with the reason if it failed. The same checks and job as the admin page's upload
 * ({@link ImportRequests}): a tampered archive or a trust that is not empty is refused naming the file or what it
 * holds, and nothing is written. Not FHIR's draft Bulk Data {@code $import} (which pulls files from URLs): a custom
 * operation taking the archive itself. Trust admin only.
 */
@Path("{operation: \\$import-archive}")
@ApplicationScoped
public class ImportArchiveResource {

    public static final String ZIP = "application/zip";

    @Inject
    ImportRequests requests;

    @Inject
    ImportJobs jobs;

    @Inject
    OperationOutcomes outcomes;

    @Inject
    RespondAsync respondAsync;

    @Context
    UriInfo uri;

    @POST
    @Consumes(ZIP)
    @RolesAllowed(Roles.TRUST_ADMIN)
    public Response upload(InputStream archive) {
        respondAsync.require();
        ImportJob job = requests.request(archive);
        return Response.accepted().header("Content-Location",
                uri.getBaseUriBuilder().path("$import-archive").path(job.id().toString()).build().toString()).build();
    }

    @GET
    @Path("{job}")
    @RolesAllowed(Roles.TRUST_ADMIN)
    public Response status(@PathParam("job") String job) {
        ImportJobs.Status status = jobs.status(jobId(job));
        ImportJob j = status.job();
        return switch (j.state()) {
            case QUEUED, RUNNING -> Response.accepted().header("X-Progress", j.percent() + "% (" + j.loaded() + " of " + j.expected()
                    + " resources)").header("Retry-After", "2").build();
            case DONE -> Response.ok(loaded(status).toString(), MediaType.APPLICATION_JSON).build();
            case FAILED -> Response.serverError().type(FhirSupport.FHIR_JSON)
                    .entity(outcomes.of("exception", "The import failed: " + j.failure())).build();
        };
    }

    /** What was loaded: the source (trust and export job, from its manifest), counts per type, the time it took. */
    private static JsonObject loaded(ImportJobs.Status status) {
        ImportJob j = status.job();
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (ImportFile f : status.files()) {
            files.add(Json.createObjectBuilder().add("type", f.resourceType()).add("module", f.module()).add("count", f.loaded()));
        }
        return Json.createObjectBuilder()
                .add("state", j.state().name())
                .add("sourceTrust", j.sourceTrust())
                .add("sourceExport", j.sourceJob())
                .add("requestedAt", j.requestedAt().toString())
                .add("finishedAt", String.valueOf(j.finishedAt()))
                .add("loaded", j.loaded())
                .add("files", files)
                .build();
    }

    private static UUID jobId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("import");
        }
    }
}
