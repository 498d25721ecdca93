package org.openepr.discharge.interfaces.fhir.episodes;

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
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.openepr.discharge.application.episodes.EpisodeView;
import org.openepr.discharge.application.episodes.ReadEpisodes;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.trust.TrustContext;

/** FHIR EpisodeOfCare (UK Core): every episode of care, community or inpatient. Read, and search by patient and status. */
@Path("EpisodeOfCare")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK})
public class EpisodeOfCareResource {

    static final Map<String, Boolean> STATUS_OPEN = Map.of("ACTIVE", true, "FINISHED", false);

    @Inject
    ReadEpisodes read;

    @Inject
    StaffDirectory staff;

    @Inject
    TrustContext trust;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public EpisodeOfCare readOne(@PathParam("id") String id) {
        return EpisodesFhir.episodeOfCare(read.episode(SearchParams.id("EpisodeOfCare", id)), staff.all(), trust.requireTrust());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("status") String statusParam) {
        Optional<Boolean> open = SearchParams.code("status", statusParam, null, STATUS_OPEN);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        List<EpisodeView> found = read.ofPatient(patient).episodes().stream().filter(e -> open.isEmpty() || e.isOpen() == open.get()).toList();
        var names = staff.all();
        return SearchBundle.of(uri, "EpisodeOfCare", found, e -> EpisodesFhir.episodeOfCare(e, names, trust.requireTrust()));
    }
}
