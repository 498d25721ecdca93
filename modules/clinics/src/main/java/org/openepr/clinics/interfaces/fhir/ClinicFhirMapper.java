package org.openepr.clinics.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.LocalTime;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.TimeType;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Slot;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.application.Views.BookingWithHistory;
import org.openepr.clinics.application.Views.ClinicWithTemplates;
import org.openepr.clinics.application.Views.ReferralDetail;
import org.openepr.clinics.application.Views.SessionDetail;
import org.openepr.clinics.application.Views.SlotWithSession;
import org.openepr.clinics.application.Views.TemplateDetail;
import org.openepr.clinics.domain.BookingHistory;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.platform.persistence.Clocks;

/** Clinic management as UK Core Schedule (a clinic), Slot and Appointment (a booking). */
@ApplicationScoped
public class ClinicFhirMapper {

    public static final String PROFILE_BASE = "https://fhir.hl7.org.uk/StructureDefinition/";
    static final String APPOINTMENT_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0276";

    /** Ours, for what the whole-trust export carries beyond UK Core so an import takes each record back as it stood. */
    static final String OURS = "https://openepr.org/fhir/StructureDefinition/";
    public static final String CLINIC = OURS + "clinic";
    public static final String SESSION_TEMPLATE = OURS + "clinic-session-template";
    public static final String SESSION = OURS + "clinic-session";
    public static final String SLOT = OURS + "clinic-slot";
    public static final String BOOKING = OURS + "clinic-booking";
    public static final String WAITING = OURS + "clinic-waiting-list-entry";

    public Schedule schedule(ClinicView clinic) {
        Schedule s = new Schedule();
        s.setId(clinic.id().toString());
        s.getMeta().addProfile(PROFILE_BASE + "UKCore-Schedule");
        s.setActive(true);
        s.addActor(new Reference().setDisplay(clinic.name() + ", " + clinic.location()));
        s.addServiceType(new CodeableConcept().setText(clinic.service()));
        s.setComment("Clinicians: " + clinic.cliniciansText());
        return s;
    }

    /** The export's Schedule: the API's, with the clinic's own fields and its session templates as extensions. */
    public Schedule schedule(ClinicWithTemplates c) {
        Schedule s = schedule(c.clinic());
        Extension clinic = s.addExtension().setUrl(CLINIC);
        part(clinic, "name", new StringType(c.clinic().name()));
        part(clinic, "location", new StringType(c.clinic().location()));
        c.clinic().clinicians().forEach(name -> part(clinic, "clinician", new StringType(name)));
        for (TemplateDetail t : c.templates()) {
            SessionPattern p = t.pattern();
            Extension template = s.addExtension().setUrl(SESSION_TEMPLATE);
            part(template, "id", new StringType(t.id().toString()));
            part(template, "weekday", new CodeType(p.weekday().name()));
            part(template, "start", time(p.startsAt()));
            part(template, "end", time(p.endsAt()));
            part(template, "slotMinutes", new IntegerType(p.slotMinutes()));
            part(template, "capacity", new IntegerType(p.capacity()));
            part(template, "appointmentType", new CodeType(p.type().name()));
            part(template, "clinician", new StringType(p.clinician()));
            part(template, "effectiveFrom", new DateType(p.effectiveFrom().toString()));
            if (p.effectiveTo() != null) {
                part(template, "effectiveTo", new DateType(p.effectiveTo().toString()));
            }
        }
        return s;
    }

    /** The export's Slot: the API's, with its clinician, capacity and state, and its session, as extensions. */
    public Slot slot(SlotWithSession v) {
        Slot s = slot(v.slot());
        Extension slot = s.addExtension().setUrl(SLOT);
        part(slot, "clinician", new StringType(v.slot().clinician()));
        part(slot, "capacity", new IntegerType(v.slot().capacity()));
        part(slot, "status", new CodeType(v.slot().status()));
        SessionDetail d = v.session();
        Extension session = s.addExtension().setUrl(SESSION);
        part(session, "id", new StringType(d.id().toString()));
        part(session, "template", new StringType(d.templateId().toString()));
        part(session, "date", new DateType(d.date().toString()));
        part(session, "start", time(d.startsAt()));
        part(session, "end", time(d.endsAt()));
        part(session, "clinician", new StringType(d.clinician()));
        part(session, "status", new CodeType(d.status().name()));
        if (d.cancelReason() != null) {
            part(session, "cancelReason", new StringType(d.cancelReason()));
        }
        return s;
    }

    /** The export's Appointment: the API's, with what the booking has been through as an extension. */
    public Appointment appointment(BookingWithHistory b) {
        Appointment a = appointment(b.booking());
        BookingHistory h = b.history();
        Extension booking = a.addExtension().setUrl(BOOKING);
        part(booking, "status", new CodeType(h.status().name()));
        part(booking, "bookedAt", dateTime(h.bookedAt()));
        part(booking, "bookedBy", new StringType(h.bookedBy()));
        if (h.arrivedAt() != null) {
            part(booking, "arrivedAt", dateTime(h.arrivedAt()));
        }
        if (h.outcomeAt() != null) {
            part(booking, "outcomeAt", dateTime(h.outcomeAt()));
        }
        if (h.outcomeBy() != null) {
            part(booking, "outcomeBy", new StringType(h.outcomeBy()));
        }
        if (h.cancelReason() != null) {
            part(booking, "cancelReason", new StringType(h.cancelReason()));
        }
        if (h.nextStep() != null) {
            part(booking, "nextStep", new CodeType(h.nextStep().name()));
        }
        if (h.followUpWeeks() != null) {
            part(booking, "followUpWeeks", new IntegerType(h.followUpWeeks()));
        }
        if (h.replacedBy() != null) {
            part(booking, "replacedBy", new Reference("Appointment/" + h.replacedBy()));
        }
        return a;
    }

    /**
     * A waiting-list entry as a UK Core ServiceRequest (export only: the API does not serve it): the patient, the
     * service, priority, referral date, active while waiting (completed once booked, revoked once removed), and the
     * entry's own fields (kind, due date, new or follow-up, the booking it came from and the one it led to, when it left
     * the list) as an extension.
     */
    public ServiceRequest serviceRequest(ReferralDetail r) {
        ServiceRequest s = new ServiceRequest();
        s.setId(r.id().toString());
        s.getMeta().addProfile(PROFILE_BASE + "UKCore-ServiceRequest");
        s.setStatus(switch (r.status()) {
            case WAITING -> ServiceRequest.ServiceRequestStatus.ACTIVE;
            case BOOKED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case REMOVED -> ServiceRequest.ServiceRequestStatus.REVOKED;
        });
        s.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        s.setPriority(r.priority() == Referral.Priority.URGENT ? ServiceRequest.ServiceRequestPriority.URGENT
                : ServiceRequest.ServiceRequestPriority.ROUTINE);
        s.setCode(new CodeableConcept().setText(r.kind().label() + ": " + r.service()));
        s.setPerformerType(new CodeableConcept().setText(r.service()));
        s.setSubject(new Reference("Patient/" + r.patientId()));
        s.setAuthoredOnElement(new DateTimeType(r.referralDate().toString()));
        Extension entry = s.addExtension().setUrl(WAITING);
        part(entry, "service", new StringType(r.service()));
        part(entry, "status", new CodeType(r.status().name()));
        part(entry, "kind", new CodeType(r.kind().name()));
        part(entry, "appointmentType", new CodeType(r.appointmentType().name()));
        if (r.dueDate() != null) {
            part(entry, "dueDate", new DateType(r.dueDate().toString()));
        }
        if (r.fromBooking() != null) {
            part(entry, "fromBooking", new Reference("Appointment/" + r.fromBooking()));
        }
        if (r.bookingId() != null) {
            part(entry, "booking", new Reference("Appointment/" + r.bookingId()));
        }
        if (r.closedAt() != null) {
            part(entry, "closedAt", dateTime(r.closedAt()));
        }
        return s;
    }

    private static void part(Extension parent, String name, org.hl7.fhir.r4.model.Type value) {
        parent.addExtension(name, value);
    }

    /** FHIR's time is hh:mm:ss (LocalTime prints 09:00 on the hour). */
    static TimeType time(LocalTime t) {
        return new TimeType(t.getSecond() == 0 && t.getNano() == 0 ? t + ":00" : t.toString());
    }

    /** A local UK date and time as a FHIR dateTime with its offset, to the millisecond. */
    static DateTimeType dateTime(LocalDateTime local) {
        DateTimeType t = new DateTimeType(Date.from(local.atZone(Clocks.UK).toInstant()), TemporalPrecisionEnum.MILLI);
        t.setTimeZone(TimeZone.getTimeZone(Clocks.UK));
        return t;
    }

    public Slot slot(SlotView v) {
        Slot s = new Slot();
        s.setId(v.id().toString());
        s.getMeta().addProfile(PROFILE_BASE + "UKCore-Slot");
        s.setSchedule(new Reference("Schedule/" + v.clinicId()).setDisplay(v.clinicName()));
        s.setStatus("CANCELLED".equals(v.status()) ? Slot.SlotStatus.BUSYUNAVAILABLE : v.free() ? Slot.SlotStatus.FREE : Slot.SlotStatus.BUSY);
        s.setStartElement(instant(v.startsAt()));
        s.setEndElement(instant(v.endsAt()));
        s.addServiceType(new CodeableConcept().setText(v.service()));
        s.setAppointmentType(type(v.type()));
        s.setComment(v.clinician() + "; " + v.placesLeft() + " of " + v.capacity() + " places free");
        return s;
    }

    public Appointment appointment(BookingView b) {
        Appointment a = new Appointment();
        a.setId(b.id().toString());
        a.getMeta().addProfile(PROFILE_BASE + "UKCore-Appointment").setVersionId(Integer.toString(b.version()));
        a.setStatus(status(b.status()));
        if (a.getStatus() == Appointment.AppointmentStatus.CANCELLED && b.cancelReason() != null) {
            a.setCancelationReason(new CodeableConcept().setText(b.statusLabel() + ": " + b.cancelReason()));
        }
        a.setAppointmentType(type(b.type()));
        if (b.reason() != null) {
            a.addReasonCode(new CodeableConcept().setText(b.reason()));
        }
        a.setStartElement(instant(b.startsAt()));
        a.setEndElement(instant(b.endsAt()));
        a.addSlot(new Reference("Slot/" + b.slotId()));
        a.setDescription(b.clinicName());
        Appointment.AppointmentParticipantComponent patient = a.addParticipant()
                .setStatus(Appointment.ParticipationStatus.ACCEPTED).setRequired(Appointment.ParticipantRequired.REQUIRED);
        patient.setActor(new Reference("Patient/" + b.patient().id()).setDisplay(b.patient().displayName()));
        return a;
    }

    static Appointment.AppointmentStatus status(String bookingStatus) {
        return switch (bookingStatus) {
            case "BOOKED" -> Appointment.AppointmentStatus.BOOKED;
            case "ARRIVED" -> Appointment.AppointmentStatus.ARRIVED;
            case "ATTENDED" -> Appointment.AppointmentStatus.FULFILLED;
            case "DID_NOT_ATTEND" -> Appointment.AppointmentStatus.NOSHOW;
            default -> Appointment.AppointmentStatus.CANCELLED;
        };
    }

    static CodeableConcept type(String type) {
        boolean followUp = "FOLLOW_UP".equals(type);
        return new CodeableConcept(new Coding(APPOINTMENT_TYPE, followUp ? "FOLLOWUP" : "ROUTINE",
                followUp ? "A follow up visit from a previous appointment" : "Routine appointment - default if not valued"))
                .setText(followUp ? "Follow-up" : "New");
    }

    static InstantType instant(LocalDateTime local) {
        InstantType t = new InstantType(Date.from(local.atZone(Clocks.UK).toInstant()));
        t.setTimeZone(TimeZone.getTimeZone(Clocks.UK));
        return t;
    }
}
