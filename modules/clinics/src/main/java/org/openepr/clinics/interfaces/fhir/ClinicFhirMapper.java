package org.openepr.clinics.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.platform.persistence.Clocks;

/** Clinic management as UK Core Schedule (a clinic), Slot and Appointment (a booking). */
@ApplicationScoped
public class ClinicFhirMapper {

    public static final String PROFILE_BASE = "https://fhir.hl7.org.uk/StructureDefinition/";
    static final String APPOINTMENT_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0276";

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
