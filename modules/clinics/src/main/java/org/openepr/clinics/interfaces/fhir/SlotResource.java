package org.openepr.clinics.interfaces.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Slot;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.security.Roles;

/**
 * FHIR Slot: read, and search for free slots by schedule (clinic), start date range, service and type.
 * Searching for busy slots is not offered: a clinic list is the place to see who is booked.
 */
@Path("Slot")
@RequestScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.CLERK})
public class SlotResource {

    @Inject
    FindFreeSlots freeSlots;

    @Inject
    ClinicFhirMapper mapper;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Slot read(@PathParam("id") String id) {
        return mapper.slot(freeSlots.slot(Ids.parse(id, "slot")));
    }

    @GET
    public Bundle search(@QueryParam("schedule") String schedule, @QueryParam("start") List<String> start,
                         @QueryParam("status") String status, @QueryParam("service-type") String service,
                         @QueryParam("appointment-type") String type, @QueryParam("clinician") String clinician) {
        if (status != null && !status.equals("free")) {
            throw new InvalidInputException("status", "Only status=free can be searched");
        }
        LocalDate from = LocalDate.now(clock);
        LocalDate to = from.plusDays(14);
        for (String s : start) {
            if (s.startsWith("ge")) {
                from = SessionPattern.date("start", s.substring(2), true);
            } else if (s.startsWith("le") || s.startsWith("lt")) {
                to = SessionPattern.date("start", s.substring(2), true);
            } else {
                from = SessionPattern.date("start", s.replaceFirst("^eq", ""), true);
                to = from;
            }
        }
        UUID clinic = schedule == null ? null : Ids.reference(schedule, "Schedule", "schedule");
        AppointmentType appointmentType = null;
        if (type != null) {
            appointmentType = type.equalsIgnoreCase("FOLLOWUP") ? AppointmentType.FOLLOW_UP
                    : type.equalsIgnoreCase("ROUTINE") ? AppointmentType.NEW : AppointmentType.parse(type);
        }
        var found = freeSlots.search(clinic, InputCheck.text("Clinician", clinician, 100, false), InputCheck.text("Service", service, 80, false),
                appointmentType, from, to);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(found.size());
        found.forEach(v -> bundle.addEntry().setFullUrl(uri.getBaseUri() + "Slot/" + v.id()).setResource(mapper.slot(v)));
        return bundle;
    }
}
