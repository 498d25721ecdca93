package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.SessionView;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.clinics.ClinicsModule;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Reading appointments: one, a patient's, a day's, the to-be-rebooked list, the schedule, DNA counts. */
@UseCase
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
@ReadsOnly
public class Appointments {

    @Inject
    BookingRepository bookings;

    @Inject
    ClinicRepository clinics;

    @Inject
    PatientDirectory patients;

    @Inject
    BookingViews views;

    @Inject
    AuditTrail audit;


    @Inject
    Clock clock;

    /**
     * A patient's appointments for their page: upcoming ones still hold a place (to cancel or move); cancelled, moved
     * and to-be-rebooked ones are history apart, so "Upcoming" never lists an appointment that will not happen.
     */
    public record PatientAppointments(List<BookingView> upcoming, List<BookingView> past, List<BookingView> cancelledOrMoved) {
    }

    /** Finds the patient a booking is for, by NHS number; the look-up is audited like any search. */
    public java.util.Optional<org.openepr.patients.api.PatientSummary> lookUp(org.openepr.platform.identity.NhsNumber nhs) {
        var found = patients.findByNhsNumber(nhs);
        audit.record(ClinicAudit.PATIENT_LOOKED_UP, found.map(p -> p.id()).orElse(null), found.map(p -> p.id()).orElse(null), "nhsNumber=" + nhs.value());
        return found;
    }

    public java.util.Optional<org.openepr.patients.api.PatientSummary> patient(UUID patientId) {
        return patients.find(patientId);
    }

    public BookingView find(UUID bookingId) {
        Booking b = bookings.find(bookingId).orElseThrow(() -> new RecordNotFoundException("appointment"));
        audit.record(ClinicAudit.APPOINTMENT_VIEWED, b.id(), b.patientId(), "booking=" + b.id());
        return views(List.of(b)).get(0);
    }

    public PatientAppointments forPatient(UUID patientId) {
        if (patients.find(patientId).isEmpty()) {
            throw new RecordNotFoundException("patient");
        }
        List<BookingView> all = views(bookings.forPatient(patientId));
        audit.record(ClinicAudit.APPOINTMENTS_VIEWED, null, patientId, "count=" + all.size());
        LocalDateTime now = LocalDateTime.now(clock);
        var byStart = java.util.Comparator.comparing(BookingView::startsAt);
        return new PatientAppointments(
                all.stream().filter(b -> b.isLive() && b.startsAt().isAfter(now)).sorted(byStart).toList(),
                all.stream().filter(b -> b.holdsPlace() && !(b.isLive() && b.startsAt().isAfter(now))).sorted(byStart.reversed()).toList(),
                all.stream().filter(b -> !b.holdsPlace()).sorted(byStart.reversed()).toList());
    }

    public List<BookingView> on(LocalDate day) {
        List<BookingView> all = views(bookings.between(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), 500));
        audit.record(ClinicAudit.APPOINTMENTS_VIEWED, null, null, "date=" + day + " count=" + all.size());
        return all;
    }

    public List<BookingView> toBeRebooked() {
        List<BookingView> all = views(bookings.toBeRebooked());
        audit.record(ClinicAudit.APPOINTMENTS_VIEWED, null, null, "to-be-rebooked count=" + all.size());
        return all;
    }

    /** Sessions for the calendar: of one clinic, or of one clinician across clinics (the admin sees them on set-up). */
    @Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK, Roles.TRUST_ADMIN})
    public List<SessionView> sessions(UUID clinicId, String clinician, LocalDate from, LocalDate to) {
        Map<UUID, String> names = clinics.names();
        List<ClinicSession> sessions = clinics.sessionsBetween(clinicId, clinician == null || clinician.isBlank() ? null : clinician, from, to);
        Map<UUID, List<org.openepr.clinics.domain.Slot>> slots = clinics.slotsOf(sessions.stream().map(ClinicSession::id).toList());
        return sessions.stream().map(s -> SessionView.of(s, names.getOrDefault(s.clinicId(), ""), slots.getOrDefault(s.id(), List.of()))).toList();
    }

    List<BookingView> views(List<Booking> list) {
        return views.of(list);
    }
}
