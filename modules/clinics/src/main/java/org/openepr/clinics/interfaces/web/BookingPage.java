package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * Book an appointment: find the patient, find free slots (a page at a time), book one. The booking id is fixed until
 * the booking succeeds, so pressing Book twice books once; then the clerk is taken to the patient's appointments, so
 * no Book button is left live for the same patient.
 */
@Named
@ViewScoped
@UserAction
public class BookingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FindFreeSlots freeSlots;

    @Inject
    BookAppointment booking;

    @Inject
    Appointments appointments;

    @Inject
    ClinicSetup setup;

    @Inject
    ServiceClock clock;

    private String patientId;
    /** Set when moving an existing booking: Book then reschedules it instead of booking anew. */
    private String reschedule;
    private BookingView moving;
    private String nhsNumber;
    private PatientSummary patient;
    private List<ClinicView> clinics;
    private String clinicId;
    private String clinician;
    private String service;
    private String type;
    private LocalDate from;
    private LocalDate to;
    private String reason;
    private List<SlotView> slots;
    private UUID pendingBooking = UUID.randomUUID();

    public void load() {
        if (from == null) {
            from = clock.today();
            to = clock.today().plusDays(28);
        }
        if (clinics == null) {
            clinics = setup.clinics();
        }
        if (moving == null && reschedule != null) {
            moving = appointments.find(Ids.of("appointment", reschedule));
            patient = moving.patient();
            clinicId = moving.clinicId().toString();
            type = moving.type();
            reason = moving.reason();
        }
        if (patient == null && patientId != null) {
            patient = appointments.patient(Ids.of("patient", patientId)).orElseThrow(() -> new RecordNotFoundException("patient"));
        }
    }

    public void findPatient() {
        patient = appointments.lookUp(NhsNumber.of(nhsNumber)).orElse(null);
        if (patient == null) {
            FacesProblems.field("nhsNumber", "No patient with this NHS number in the trust");
        }
    }

    public void search() {
        slots = null;
        UUID clinic = clinicId == null || clinicId.isBlank() ? null : Ids.of("clinic", clinicId);
        AppointmentType t = type == null || type.isBlank() ? null : AppointmentType.parse(type);
        slots = freeSlots.search(clinic, clinician, service, t, from, to);
    }

    public String book(String slotId) {
        if (patient == null) {
            FacesProblems.page("Find the patient first");
            return null;
        }
        BookingView b;
        try {
            if (moving != null) {
                b = booking.reschedule(moving.id(), Ids.of("slot", slotId), pendingBooking, reason);
                moving = null;
                reschedule = null;
            } else {
                b = booking.book(new BookAppointment.Request(pendingBooking, Ids.of("slot", slotId), patient.id(), null, reason,
                        clinicId == null || clinicId.isBlank() ? null : Ids.of("clinic", clinicId))).booking();
            }
        } catch (ConflictException e) {
            search(); // the slot went to someone else: show what is still free
            throw e;
        }
        FacesProblems.noticeOnNextPage("Booked " + patient.displayName() + " into " + b.clinicName() + " on " + UkDates.dayTime(b.startsAt()));
        return "/patients/banner.xhtml?faces-redirect=true&id=" + patient.id();
    }

    public List<ClinicView> getClinics() {
        return clinics == null ? List.of() : clinics;
    }

    public List<SlotView> getSlots() { return slots; }
    public BookingView getMoving() { return moving; }
    public String getReschedule() { return reschedule; }
    public void setReschedule(String v) { reschedule = v; }
    public PatientSummary getPatient() { return patient; }
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
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
