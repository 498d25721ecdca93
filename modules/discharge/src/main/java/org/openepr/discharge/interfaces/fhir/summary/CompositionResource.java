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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.openepr.discharge.application.summary.SummaryDocumentReads;
import org.openepr.discharge.application.summary.SummaryDocumentReads.Status;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;

/**
 * Discharge summaries as FHIR Composition (UK Core): read (the last signed version, or the draft while none is signed),
 * each signed version under _history, and search by patient and status (preliminary: never signed; final: signed once;
 * amended: corrected and signed again).
 */
@Path("Composition")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class CompositionResource {

    static final String STATUS_SYSTEM = "http://hl7.org/fhir/composition-status";
    // keys upper case: SearchParams.code matches codes case-insensitively
    static final Map<String, Status> STATUSES = Map.of("PRELIMINARY", Status.PRELIMINARY, "FINAL", Status.FINAL, "AMENDED", Status.AMENDED);

    @Inject
    SummaryDocumentReads reads;

    @Inject
    FhirSupport fhir;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Composition read(@PathParam("id") String id) {
        return parse(reads.composition(SearchParams.id("Composition", id)).json());
    }

    @GET
    @Path("{id}/_history/{vid}")
    public Composition version(@PathParam("id") String id, @PathParam("vid") String vid) {
        UUID summary = SearchParams.id("Composition", id);
        if (vid == null || !vid.matches("[1-9]\\d{0,8}")) {
            throw new RecordNotFoundException("No such version of this summary: every signed version is kept, numbered from 1");
        }
        return parse(reads.version(summary, Integer.parseInt(vid)).json());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("status") String statusParam,
                         @QueryParam("_count") String count, @QueryParam("_offset") String offset) {
        var paging = SearchParams.paging(count, offset);
        Optional<Status> status = SearchParams.code("status", statusParam, STATUS_SYSTEM, STATUSES);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        List<SummaryDocumentReads.CompositionJson> found = reads.search(patient, status);
        List<SummaryDocumentReads.CompositionJson> page = found.subList(Math.min(paging.offset(), found.size()),
                Math.min(paging.offset() + paging.count(), found.size()));
        return SearchBundle.page(uri, "Composition", page, found.size(), paging, c -> parse(c.json()));
    }

    private Composition parse(String json) {
        return fhir.json().parseResource(Composition.class, json);
    }
}
