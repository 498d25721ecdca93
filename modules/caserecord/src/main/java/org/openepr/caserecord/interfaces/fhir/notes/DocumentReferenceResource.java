package org.openepr.caserecord.interfaces.fhir.notes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;
import org.openepr.caserecord.application.notes.AmendNote;
import org.openepr.caserecord.application.notes.DraftSaved;
import org.openepr.caserecord.application.notes.NoteTypes;
import org.openepr.caserecord.application.notes.NoteView;
import org.openepr.caserecord.application.notes.ReadNotes;
import org.openepr.caserecord.application.notes.SaveDraft;
import org.openepr.caserecord.application.notes.StartNote;
import org.openepr.caserecord.application.notes.ValidateNote;
import org.openepr.caserecord.domain.notes.StaleNoteException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.fhir.FhirPaths;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.fhir.IfMatch;
import org.openepr.platform.security.Roles;

/**
 * Clinical notes as FHIR DocumentReference: read (and every version: _history), search by patient, create a draft,
 * update it with {@code If-Match: W/"<versionId>"} (412 when the note has moved on), validate it by updating with
 * docStatus final, and amend a validated note by updating it with docStatus amended and the reason in description (a
 * new signed version; the earlier ones stay readable). masterIdentifier carries the client's id for the save, so a
 * resent save is saved once.
 */
@Path("DocumentReference")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class DocumentReferenceResource {

    @Inject
    ReadNotes reading;

    @Inject
    NoteTypes noteTypes;

    @Inject
    StartNote start;

    @Inject
    SaveDraft drafts;

    @Inject
    ValidateNote validation;

    @Inject
    AmendNote amendment;

    @Inject
    IfMatch ifMatch;

    @Inject
    FhirSupport fhir;

    @Inject
    NoteFhirMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        NoteView note = reading.note(SearchParams.id("DocumentReference", id));
        return Response.ok(mapper.current(note)).tag(etag(note.revision())).build();
    }

    @GET
    @Path("{id}/_history/{vid}")
    public Response version(@PathParam("id") String id, @PathParam("vid") String vid) {
        NoteView note = reading.note(SearchParams.id("DocumentReference", id));
        int revision = versionId(vid);
        if (revision == note.revision()) {
            return Response.ok(mapper.current(note)).tag(etag(revision)).build();
        }
        // a draft's earlier revisions are not kept (each save replaces the draft); every signed version is
        return note.versions().stream().filter(v -> v.revision() == revision).findFirst()
                .map(v -> Response.ok(mapper.version(note, v)).tag(etag(revision)).build())
                .orElseThrow(() -> new RecordNotFoundException("No such version of this note: a draft keeps only its latest text; "
                        + "every signed version is kept"));
    }

    @GET
    @Path("{id}/_history")
    public Bundle history(@PathParam("id") String id) {
        NoteView note = reading.note(SearchParams.id("DocumentReference", id));
        List<Resource> entries = new ArrayList<>();
        entries.add(mapper.current(note));
        note.versions().stream().filter(v -> v.revision() != note.revision())
                .sorted((a, b) -> Integer.compare(b.revision(), a.revision())).forEach(v -> entries.add(mapper.version(note, v)));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.HISTORY).setTotal(entries.size());
        for (Resource r : entries) {
            var entry = bundle.addEntry().setFullUrl(uri.getBaseUriBuilder().path("DocumentReference").path(id).build().toString()).setResource(r);
            entry.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl("DocumentReference/" + id);
            entry.getResponse().setStatus("200").setEtag("W/\"" + r.getMeta().getVersionId() + "\"");
        }
        return bundle;
    }

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("_count") String count, @QueryParam("_offset") String offset) {
        var paging = SearchParams.paging(count, offset);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        List<NoteView> page = reading.forPatient(patient, paging.offset(), paging.count());
        return SearchBundle.page(uri, "DocumentReference", page, reading.countForPatient(patient), paging, mapper::current);
    }

    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response create(DocumentReference body) {
        DocumentReference d = NoteFromFhir.required(body);
        DraftSaved saved = FhirPaths.renaming(NoteFromFhir.FHIR_PATHS, () -> start.start(NoteFromFhir.saveId(d), NoteFromFhir.patient(d),
                NoteFromFhir.type(d, noteTypes.inUse()), NoteFromFhir.text(d)));
        NoteView note = reading.note(saved.noteId());
        return Response.created(uri.getBaseUriBuilder().path("DocumentReference").path(note.id().toString()).build())
                .tag(etag(note.revision())).entity(mapper.current(note)).build();
    }

    /**
     * A new text for a draft (docStatus preliminary or absent), or its validation (docStatus final), made against the
     * version named in If-Match; or, for a validated note, an amendment (docStatus amended): the new text, with the
     * reason in description. Any other change to a validated note is refused (422).
     */
    @PUT
    @Path("{id}")
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response update(@PathParam("id") String id, String json) {
        UUID noteId = SearchParams.id("DocumentReference", id);
        NoteView before = reading.note(noteId); // 404 before anything else for a note that is not there (or is another trust's)
        int expected = ifMatch.requiredVersion();
        DocumentReference d = parse(json);
        if (d.hasId() && !noteId.toString().equals(d.getIdElement().getIdPart())) {
            throw new InvalidInputException("DocumentReference.id", "The body's id must be the id in the URL");
        }
        boolean validate = d.getDocStatus() == DocumentReference.ReferredDocumentStatus.FINAL;
        boolean amend = d.getDocStatus() == DocumentReference.ReferredDocumentStatus.AMENDED;
        if (amend && before.isDraft()) {
            throw new RuleRefusedException("DocumentReference.docStatus", "This note is a draft: save its text, or validate it with docStatus "
                    + "final; only a validated note is amended");
        }
        try {
            DraftSaved saved = FhirPaths.renaming(NoteFromFhir.FHIR_PATHS, () -> amend
                    ? amendment.amend(NoteFromFhir.saveId(d), noteId, expected, NoteFromFhir.text(d), d.getDescription())
                    : validate
                    ? validation.validate(NoteFromFhir.saveId(d), noteId, expected, NoteFromFhir.text(d))
                    : drafts.save(NoteFromFhir.saveId(d), noteId, expected, NoteFromFhir.text(d)));
            NoteView note = reading.note(saved.noteId());
            return Response.ok(mapper.current(note)).tag(etag(saved.revision())).build();
        } catch (StaleNoteException e) {
            throw new IfMatch.PreconditionFailedException("The note is at version " + e.currentRevision() + ", not " + expected
                    + ": read it again (nothing was saved)");
        }
    }

    private DocumentReference parse(String json) {
        try {
            if (json == null || json.isBlank()) {
                throw new InvalidInputException("DocumentReference", "A DocumentReference resource is required in the body");
            }
            return fhir.json().parseResource(DocumentReference.class, json);
        } catch (ca.uhn.fhir.parser.DataFormatException | ClassCastException e) {
            throw new InvalidInputException("DocumentReference", "The body is not a valid FHIR DocumentReference");
        }
    }

    private static int versionId(String vid) {
        if (vid == null || !vid.matches("\\d{1,9}")) {
            throw new RecordNotFoundException("No such version of this note");
        }
        return Integer.parseInt(vid);
    }

    private static EntityTag etag(int revision) {
        return new EntityTag(String.valueOf(revision), true);
    }
}
