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
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.openepr.discharge.application.episodes.EpisodeView;
import org.openepr.discharge.application.episodes.ReadEpisodes;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.trust.TrustContext;

/**
 * FHIR Encounter (UK Core): an admission, its id the episode's; the ward stays are its locations. Read, and search by
 * patient and status (in-progress, onleave, finished). A community episode is no encounter.
 */
@Path("Encounter")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK})
public class EncounterResource {

    static final Map<String, EncounterStatus> STATUSES = Map.of("IN-PROGRESS", EncounterStatus.INPROGRESS, "ONLEAVE", EncounterStatus.ONLEAVE,
            "FINISHED", EncounterStatus.FINISHED);

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
    public Encounter readOne(@PathParam("id") String id) {
        UUID episodeId = SearchParams.id("Encounter", id);
        EpisodeView view;
        try {
            view = read.episode(episodeId);
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException("encounter"); // named for what was asked for, whatever the reason
        }
        if (!view.isInpatient()) {
            throw new RecordNotFoundException("encounter");
        }
        return EpisodesFhir.encounter(view, staff.all(), trust.requireTrust());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("status") String statusParam) {
        Optional<EncounterStatus> status = SearchParams.code("status", statusParam, null, STATUSES);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        var names = staff.all();
        List<Encounter> found = read.ofPatient(patient).episodes().stream().filter(EpisodeView::isInpatient)
                .map(e -> EpisodesFhir.encounter(e, names, trust.requireTrust()))
                .filter(e -> status.isEmpty() || e.getStatus() == status.get()).toList();
        return SearchBundle.of(uri, "Encounter", found, e -> e);
    }
}
