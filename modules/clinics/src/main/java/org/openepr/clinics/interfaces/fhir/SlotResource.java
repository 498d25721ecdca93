package org.openepr.clinics.interfaces.fhir;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Slot;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.security.Roles;

/**
 * FHIR Slot: read, and search for free slots by schedule (clinic), start date range, service, type and clinician.
 * Searching for busy slots is not offered: a clinic list is the place to see who is booked.
 */
@Path("Slot")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.CLERK})
public class SlotResource {

    /** v2-0276 codes (and our own words) for the two kinds of slot. */
    static final Map<String, AppointmentType> TYPES = Map.of("ROUTINE", AppointmentType.NEW, "NEW", AppointmentType.NEW,
            "FOLLOWUP", AppointmentType.FOLLOW_UP, "FOLLOW-UP", AppointmentType.FOLLOW_UP);

    @Inject
    FindFreeSlots freeSlots;

    @Inject
    ClinicFhirMapper mapper;

    @Inject
    ServiceClock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Slot read(@PathParam("id") String id) {
        return mapper.slot(freeSlots.slot(SearchParams.id("Slot", id)));
    }

    /** A service is searched by its name as the clinic gives it: a token without a system. */
    static String serviceType(String raw) {
        return SearchParams.token("service-type", raw, null).flatMap(code -> SearchParams.text("service-type", code, 80)).orElse(null);
    }

    @GET
    public Bundle search(@QueryParam("schedule") String schedule, @QueryParam("start") List<String> start,
                         @QueryParam("status") String status, @QueryParam("service-type") String service,
                         @QueryParam("appointment-type") String type, @QueryParam("clinician") String clinician) {
        SearchParams.only("status", status, List.of("free"));
        var dates = SearchParams.dates("start", start);
        LocalDate from = dates.fromOr(clock.today());
        LocalDate to = dates.toOr(from.plusDays(14));
        var found = freeSlots.search(SearchParams.reference("schedule", schedule, "Schedule").orElse(null),
                SearchParams.text("clinician", clinician, 100).orElse(null), serviceType(service),
                SearchParams.code("appointment-type", type, ClinicFhirMapper.APPOINTMENT_TYPE, TYPES).orElse(null), from, to);
        return SearchBundle.of(uri, "Slot", found, mapper::slot);
    }
}
