package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.web.FacesProblems;

/**
 * Book an appointment: find the patient, find free slots, book one. The booking id is fixed until the
 * booking succeeds, so pressing Book twice books once.
 */
@Named
@ViewScoped
public class BookingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FindFreeSlots freeSlots;

    @Inject
    transient BookAppointment booking;

    @Inject
    transient Appointments appointments;

    @Inject
    transient ClinicSetup setup;

    @Inject
    transient Clock clock;

    private String patientId;
    /** Set when moving an existing booking: Book then reschedules it instead of booking anew. */
    private String reschedule;
    private BookingView moving;
    private String nhsNumber;
    private PatientSummary patient;
    private String clinicId;
    private String clinician;
    private String service;
    private String type;
    private String from;
    private String to;
    private String reason;
    private List<SlotView> slots;
    private UUID pendingBooking = UUID.randomUUID();
    private String bookedMessage;

    public void load() {
        if (from == null) {
            from = LocalDate.now(clock).toString();
            to = LocalDate.now(clock).plusDays(28).toString();
        }
        if (moving == null && reschedule != null) {
            try {
                moving = appointments.find(UUID.fromString(reschedule));
                patient = moving.patient();
                clinicId = moving.clinicId().toString();
                type = moving.type();
                reason = moving.reason();
            } catch (RecordNotFoundException | IllegalArgumentException e) {
                FacesProblems.notFound("No such appointment");
            }
        }
        if (patient == null && patientId != null) {
            try {
                patient = appointments.patient(UUID.fromString(patientId)).orElse(null);
            } catch (IllegalArgumentException ignored) {
                patient = null;
            }
            if (patient == null) {
                FacesProblems.notFound("No such patient");
            }
        }
    }

    public void findPatient() {
        try {
            patient = appointments.lookUp(NhsNumber.of(nhsNumber)).orElse(null);
            if (patient == null) {
                FacesProblems.field("patientForm", "nhsNumber", "No patient with this NHS number in the trust");
            }
        } catch (IllegalArgumentException e) {
            FacesProblems.field("patientForm", "nhsNumber", e.getMessage());
        }
    }

    public void search() {
        try {
            UUID clinic = clinicId == null || clinicId.isBlank() ? null : UUID.fromString(clinicId);
            AppointmentType t = type == null || type.isBlank() ? null : AppointmentType.parse(type);
            slots = freeSlots.search(clinic, clinician, service, t, SessionPattern.date("From", from, true), SessionPattern.date("To", to, true));
        } catch (InvalidInputException e) {
            FacesProblems.show("slotSearch", e);
        } catch (IllegalArgumentException e) {
            FacesProblems.page(e.getMessage());
        }
    }

    public void book(String slotId) {
        if (patient == null) {
            FacesProblems.page("Find the patient first");
            return;
        }
        try {
            BookingView b;
            if (moving != null) {
                b = booking.reschedule(moving.id(), UUID.fromString(slotId), pendingBooking, reason);
                moving = null;
                reschedule = null;
            } else {
                b = booking.book(new BookAppointment.Request(pendingBooking, UUID.fromString(slotId), patient.id(), null, reason,
                        clinicId == null || clinicId.isBlank() ? null : UUID.fromString(clinicId))).booking();
            }
            bookedMessage = "Booked " + patient.displayName() + " into " + b.clinicName() + " on " + b.startsAt().toLocalDate() + " at "
                    + b.startsAt().toLocalTime();
            FacesProblems.notice(bookedMessage);
            pendingBooking = UUID.randomUUID();
            search();
        } catch (InvalidInputException e) {
            FacesProblems.page(e.problems().get(0).message());
        } catch (ConflictException e) {
            FacesProblems.page(e.getMessage());
            search();
        }
    }

    public List<ClinicView> getClinics() {
        return setup.clinics();
    }

    public List<SlotView> getSlots() { return slots; }
    public BookingView getMoving() { return moving; }
    public String getReschedule() { return reschedule; }
    public void setReschedule(String v) { reschedule = v; }
    public PatientSummary getPatient() { return patient; }
    public String getBookedMessage() { return bookedMessage; }
    public String getPatientId() { return patientId; }
    public void setPatientId(String v) { patientId = v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getClinicId() { return clinicId; }
    public void setClinicId(String v) { clinicId = v; }
    public String getClinician() { return clinician; }
    public void setClinician(String v) { clinician = v; }
    public String getService() { return service; }
    public void setService(String v) { service = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
