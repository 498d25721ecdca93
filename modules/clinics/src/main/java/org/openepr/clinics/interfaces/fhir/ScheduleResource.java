package org.openepr.clinics.interfaces.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Schedule;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;

/** FHIR Schedule: one per clinic of the caller's trust. */
@Path("Schedule")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.CLERK})
public class ScheduleResource {

    @Inject
    ClinicSetup setup;

    @Inject
    ClinicFhirMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Schedule read(@PathParam("id") String id) {
        return mapper.schedule(setup.clinic(SearchParams.id("Schedule", id)));
    }

    @GET
    public Bundle search() {
        return SearchBundle.of(uri, "Schedule", setup.clinics(), mapper::schedule);
    }
}
