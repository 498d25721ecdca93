package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.summary.Snapshot;

/**
 * A patient's next and latest appointments for the case record summary: the next {@link #SHOWN} that will happen and
 * the last {@link #SHOWN} that held a place, with their outcomes. Each list is one query with a limit (on the booking's
 * patient-and-start index), so a patient with 500 appointments costs what one with 5 does.
 */
@UseCase
@ReadsOnly
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class AppointmentsAtAGlance {

    public static final int SHOWN = 5;

    @Inject
    BookingRepository bookings;

    @Inject
    ClinicRepository clinics;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Soonest first; newest first; {@code asOf} is when the lists were read. */
    public record Glance(List<BookingView> upcoming, List<BookingView> recent, Instant asOf) implements Snapshot {
    }

    public Glance of(UUID patientId) {
        if (patients.find(patientId).isEmpty()) {
            throw new RecordNotFoundException("patient");
        }
        Instant asOf = clock.instant();
        LocalDateTime now = LocalDateTime.ofInstant(asOf, clock.getZone());
        List<Booking> upcoming = bookings.upcomingForPatient(patientId, now, SHOWN);
        List<Booking> recent = bookings.recentForPatient(patientId, now, SHOWN);
        Map<UUID, String> names = upcoming.isEmpty() && recent.isEmpty() ? Map.of() : clinics.names();
        audit.record(ClinicAudit.APPOINTMENTS_VIEWED, null, patientId, "case record summary: " + upcoming.size() + " upcoming, "
                + recent.size() + " recent");
        return new Glance(views(upcoming, names), views(recent, names), asOf);
    }

    private static List<BookingView> views(List<Booking> list, Map<UUID, String> names) {
        // the patient is the one whose summary this is: not looked up again per booking
        return list.stream().map(b -> BookingView.of(b, names.getOrDefault(b.clinicId(), ""), null)).toList();
    }
}
