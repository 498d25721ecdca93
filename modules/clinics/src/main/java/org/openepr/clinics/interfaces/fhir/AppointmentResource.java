package org.openepr.clinics.interfaces.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;

/** FHIR Appointment: read, search by patient or date, and book a free slot with POST. */
@Path("Appointment")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.CLERK})
public class AppointmentResource {

    /** Where each booking field lives in an Appointment, for OperationOutcome expressions. */
    static final Map<String, String> FHIR_PATHS = Map.of(
            "slot", "Appointment.slot",
            "patient", "Appointment.participant.actor",
            "type", "Appointment.appointmentType",
            "reason", "Appointment.reasonCode.text",
            "id", "Appointment");

    @Inject
    Appointments appointments;

    @Inject
    BookAppointment booking;

    @Inject
    ClinicFhirMapper mapper;

    @Context
    UriInfo uri;

    @Inject
    ClinicDay clinicDay;

    @GET
    @Path("{id}")
    public Appointment read(@PathParam("id") String id) {
        return toFhir(appointments.find(SearchParams.id("Appointment", id)));
    }

    /**
     * By patient, by date, or a clinic's list of the day ({@code schedule=Schedule/<clinic>&date=YYYY-MM-DD}:
     * the appointments in its slots, in slot order).
     */
    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("date") String dateParam,
                         @QueryParam("schedule") String scheduleParam) {
        var patient = SearchParams.reference("patient", patientParam, "Patient");
        var date = SearchParams.date("date", dateParam);
        var schedule = SearchParams.reference("schedule", scheduleParam, "Schedule");
        List<BookingView> found;
        if (schedule.isPresent()) {
            var day = date.orElseThrow(() -> new InvalidInputException("date", "A clinic list needs a date: schedule=Schedule/<id>&date=YYYY-MM-DD"));
            var list = clinicDay.list(schedule.get(), day);
            found = list.sessions().stream().flatMap(s -> s.rows().stream()).map(r -> r.booking()).filter(b -> b != null).toList();
        } else if (patient.isPresent()) {
            var all = appointments.forPatient(patient.get());
            found = Stream.of(all.upcoming(), all.past(), all.cancelledOrMoved()).flatMap(List::stream)
                    .filter(b -> date.isEmpty() || b.startsAt().toLocalDate().equals(date.get())).toList();
        } else if (date.isPresent()) {
            found = appointments.on(date.get());
        } else {
            throw new InvalidInputException("patient", "Search appointments by patient, by date, or by schedule and date");
        }
        return SearchBundle.of(uri, "Appointment", found, this::toFhir);
    }

    /** Books the slot the Appointment names for the patient it names. Booking the same patient into the same slot again returns the first booking. */
    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response book(Appointment body) {
        if (body == null) {
            throw new InvalidInputException("Appointment", "An Appointment resource is required in the body");
        }
        try {
            if (body.getSlot().size() != 1) {
                throw new InvalidInputException("slot", "Name exactly one slot to book");
            }
            UUID slot = SearchParams.requiredReference("slot", body.getSlotFirstRep().getReference(), "Slot");
            String patientRef = body.getParticipant().stream().map(p -> p.getActor().getReference())
                    .filter(r -> r != null && r.contains("Patient/")).findFirst().orElse(null);
            UUID patient = SearchParams.requiredReference("patient", patientRef, "Patient");
            String type = typeOf(body.getAppointmentType());
            String reason = body.getReasonCode().stream().map(CodeableConcept::getText).filter(t -> t != null).findFirst().orElse(null);
            var booked = booking.book(new BookAppointment.Request(UUID.randomUUID(), slot, patient, type, reason, null));
            Appointment created = toFhir(booked.booking());
            return booked.created()
                    ? Response.created(uri.getBaseUriBuilder().path("Appointment").path(created.getIdPart()).build()).entity(created).build()
                    : Response.ok(created).build();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(FHIR_PATHS.getOrDefault(p.field(), p.field()), p.message())).toList());
        }
    }

    static String typeOf(CodeableConcept type) {
        if (type == null || type.isEmpty()) {
            return null;
        }
        for (Coding c : type.getCoding()) {
            if ("FOLLOWUP".equals(c.getCode())) {
                return "FOLLOW_UP";
            }
            if ("ROUTINE".equals(c.getCode())) {
                return "NEW";
            }
        }
        return type.getText();
    }

    Appointment toFhir(BookingView b) {
        return mapper.appointment(b);
    }
}
