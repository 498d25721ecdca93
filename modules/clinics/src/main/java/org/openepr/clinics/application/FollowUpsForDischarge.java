package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.api.ClinicsForDischarge;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/** The appointments booked after a discharge, for its summary: one bounded query, audited as the other reads of bookings. */
@UseCase
@ReadsOnly
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class FollowUpsForDischarge implements ClinicsForDischarge {

    @Inject
    BookingRepository bookings;

    @Inject
    ClinicRepository clinics;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Override
    public List<BookedAppointment> bookedAfter(UUID patientId, Instant after, int max) {
        patients.require(patientId);
        List<Booking> booked = bookings.upcomingForPatient(patientId, LocalDateTime.ofInstant(after, UkDates.UK), max);
        Map<UUID, String> names = booked.isEmpty() ? Map.of() : clinics.names();
        audit.record(ClinicAudit.APPOINTMENTS_VIEWED, null, patientId, "discharge summary: " + booked.size() + " booked appointment(s)");
        return booked.stream().map(b -> new BookedAppointment(b.slotStartsAt(), names.getOrDefault(b.clinicId(), ""), b.type().label(),
                b.reason())).toList();
    }
}
