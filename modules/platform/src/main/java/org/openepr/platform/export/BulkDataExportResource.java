package org.openepr.platform.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.util.Set;
import java.util.UUID;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.OperationOutcomes;
import org.openepr.platform.fhir.RespondAsync;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The FHIR Bulk Data export of the whole trust, for the trust's own system (the trust admin's token):
 * {@code GET /fhir/$export} with {@code Prefer: respond-async} → 202 and a status URL in {@code Content-Location};
 * {@code GET} on it → 202 with {@code X-Progress} while running, 200 with the Bulk Data manifest when done;
 * {@code DELETE} on it cancels; each output URL serves one NDJSON file, to the same trust's token only. The job is the
 * one the admin page runs ({@link ExportJobs}), so both see the same progress.
 */
@Path("{operation: \\$export}")
@ApplicationScoped
public class BulkDataExportResource {

    public static final String NDJSON = "application/fhir+ndjson";
    static final String ARCHIVE = "archive.zip";
    private static final Set<String> FORMATS = Set.of(NDJSON, "application/ndjson", "ndjson");

    @Inject
    ExportRequests requests;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFolder folder;

    @Inject
    OperationOutcomes outcomes;

    @Inject
    RespondAsync respondAsync;

    @Inject
    TrustContext trustContext;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.TRUST_ADMIN)
    public Response kickOff(@QueryParam("_outputFormat") String format,
                            @QueryParam("_type") String types, @QueryParam("_since") String since) {
        respondAsync.require();
        if (format != null && !FORMATS.contains(format)) {
            throw new InvalidInputException("_outputFormat", "Only application/fhir+ndjson is offered");
        }
        if (types != null || since != null) {
            throw new InvalidInputException(types != null ? "_type" : "_since",
                    "This server exports the whole trust: every type, every resource (no _type or _since yet)");
        }
        ExportJob job = requests.request(ExportJob.Via.BULK_API);
        return Response.accepted().header("Content-Location", statusUrl(job.id())).build();
    }

    @GET
    @Path("{job}")
    @RolesAllowed(Roles.TRUST_ADMIN)
    public Response status(@PathParam("job") String job) {
        ExportJobs.Status status = jobs.status(jobId(job));
        ExportJob j = status.job();
        return switch (j.state()) {
            case QUEUED, RUNNING -> Response.accepted().header("X-Progress", j.percent() + "% (" + j.written() + " of " + j.expected()
                    + " resources)").header("Retry-After", "2").build();
            case DONE -> Response.ok(manifest(status).toString(), MediaType.APPLICATION_JSON).build();
            case CANCELLED -> throw new RecordNotFoundException("export (it was cancelled)");
            case FAILED -> Response.serverError().type(FhirSupport.FHIR_JSON)
                    .entity(outcomes.of("exception", "The export failed: " + j.failure())).build();
        };
    }

    @DELETE
    @Path("{job}")
    @RolesAllowed(Roles.TRUST_ADMIN)
    public Response cancel(@PathParam("job") String job) {
        jobs.cancel(jobId(job));
        return Response.accepted().build();
    }

    /** The whole export as the one zip the admin page offers (the files and the manifest with their SHA-256), to import elsewhere. */
    @GET
    @Path("{job}/" + ARCHIVE)
    @RolesAllowed(Roles.TRUST_ADMIN)
    public Response archive(@PathParam("job") String job) {
        UUID id = jobId(job);
        ExportJobs.Status status = jobs.download(id, "archive");
        java.nio.file.Path dir = folder.of(trustContext.requireTrust(), id);
        StreamingOutput body = out -> ExportArchive.write(status, dir, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + ExportArchive.fileName(status.job()) + "\"").build();
    }

    @GET
    @Path("{job}/{file}")
    @RolesAllowed(Roles.TRUST_ADMIN)
    public Response file(@PathParam("job") String job, @PathParam("file") String file) {
        UUID id = jobId(job);
        ExportJobs.Status status = jobs.download(id, file);
        ExportFile wanted = status.files().stream().filter(f -> f.fileName().equals(file)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("export file"));
        java.nio.file.Path path = folder.of(trustContext.requireTrust(), id).resolve(wanted.fileName());
        StreamingOutput body = out -> Files.copy(path, out);
        return Response.ok(body, NDJSON).build();
    }

    private jakarta.json.JsonObject manifest(ExportJobs.Status status) {
        JsonArrayBuilder output = Json.createArrayBuilder();
        for (ExportFile f : status.files()) {
            output.add(Json.createObjectBuilder().add("type", f.resourceType())
                    .add("url", uri.getBaseUriBuilder().path("$export").path(status.job().id().toString()).path(f.fileName()).build().toString())
                    .add("count", f.written()));
        }
        return Json.createObjectBuilder()
                .add("transactionTime", status.job().requestedAt().toString())
                .add("request", uri.getBaseUriBuilder().path("$export").build().toString())
                .add("requiresAccessToken", true)
                .add("output", output)
                .add("error", Json.createArrayBuilder())
                .add("extension", Json.createObjectBuilder().add("archive", uri.getBaseUriBuilder().path("$export")
                        .path(status.job().id().toString()).path(ARCHIVE).build().toString()))
                .build();
    }

    private String statusUrl(UUID job) {
        return uri.getBaseUriBuilder().path("$export").path(job.toString()).build().toString();
    }

    private static UUID jobId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("export");
        }
    }
}
