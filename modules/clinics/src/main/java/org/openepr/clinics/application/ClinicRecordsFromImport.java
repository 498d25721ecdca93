package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingHistory;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.ReferralRepository;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.clinics.domain.SessionTemplate;
import org.openepr.clinics.domain.Slot;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.importing.IdMap;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Clinics (with their session templates), slots (with their sessions), bookings and the waiting list loaded from a whole-trust export
 * into an empty trust (the background worker only), a batch in the import's transaction. Each record is taken back as
 * it stood, under a new id recorded in the import's id map: its references (clinic, template, session, slot, patient,
 * replacing booking, a waiting-list entry's bookings) are read through that map, never from another module's tables. What happened to a booking is
 * history, so the booking rules are not asked again; the database counts each slot's places again as bookings arrive
 * (its capacity rule still refuses an overfilled slot). The import job's audit lines and the source's own trail,
 * imported with it, say where the records came from, so no line is written per record here.
 */
@UseCase
@Access(module = ClinicsModule.NAME, roles = Roles.BACKGROUND)
public class ClinicRecordsFromImport {

    /** The id map's names for the records that are not FHIR resources of their own (they are the audit trail's names too). */
    public static final String TEMPLATE = "SessionTemplate";
    public static final String SESSION = "ClinicSession";

    public record ImportedTemplate(String oldId, SessionPattern pattern) {
    }

    public record ImportedClinic(String oldId, String name, String service, String location, List<String> clinicians,
                                 List<ImportedTemplate> templates) {
    }

    public record ImportedSession(String oldId, String oldTemplateId, LocalDate date, LocalTime startsAt, LocalTime endsAt,
                                  String clinician, ClinicSession.Status status, String cancelReason) {
    }

    public record ImportedSlot(String oldId, String oldClinicId, ImportedSession session, String clinician, AppointmentType type,
                               LocalDateTime startsAt, LocalDateTime endsAt, int capacity, Slot.Status status) {
    }

    /** {@code history.replacedBy} is ignored: the replacing booking is named by its old id. */
    public record ImportedBooking(String oldId, String oldSlotId, String oldPatientId, AppointmentType type, String reason,
                                  BookingHistory history, String oldReplacedBy) {
    }

    public record ImportedReferral(String oldId, String oldPatientId, String service, LocalDate referralDate, Referral.Priority priority,
                                   Referral.Status status, Referral.Kind kind, LocalDate dueDate, AppointmentType appointmentType,
                                   String oldFromBooking, String oldBooking, LocalDateTime closedAt) {
    }

    @Inject
    ClinicRepository clinics;

    @Inject
    ReferralRepository referrals;

    @Inject
    BookingRepository bookings;

    /** Each clinic, then its templates (a template names its clinic). */
    public void addClinics(List<ImportedClinic> batch, IdMap ids) {
        List<SessionTemplate> templates = new ArrayList<>();
        for (ImportedClinic c : batch) {
            if (clinics.findByName(c.name()).isPresent()) {
                throw new ConflictException("name", "The clinic " + c.name() + " is in the export twice");
            }
            Clinic clinic = new Clinic(UUID.randomUUID(), c.name(), c.service(), c.location(), c.clinicians());
            clinics.add(clinic);
            ids.put("Schedule", c.oldId(), clinic.id().toString());
            for (ImportedTemplate t : c.templates()) {
                SessionTemplate template = new SessionTemplate(UUID.randomUUID(), clinic.id(), t.pattern());
                templates.add(template);
                ids.put(TEMPLATE, t.oldId(), template.id().toString());
            }
        }
        clinics.flush();
        templates.forEach(clinics::add);
        clinics.flush();
    }

    /** Each slot; its session the first time a slot of it comes (the session is written before its slots). */
    public void addSlots(List<ImportedSlot> batch, IdMap ids) {
        Map<UUID, Clinic> byId = new HashMap<>();
        List<ClinicSession> sessions = new ArrayList<>();
        for (ImportedSlot s : batch) {
            ImportedSession session = s.session();
            if (ids.find(SESSION, session.oldId()).isEmpty()) {
                ClinicSession made = ClinicSession.restore(UUID.randomUUID(), clinic(s.oldClinicId(), ids, byId).id(),
                        UUID.fromString(ids.require(TEMPLATE, session.oldTemplateId())), session.date(), session.startsAt(),
                        session.endsAt(), session.clinician(), session.status(), session.cancelReason());
                sessions.add(made);
                ids.put(SESSION, session.oldId(), made.id().toString());
            }
        }
        sessions.forEach(session -> clinics.add(session, List.of()));
        clinics.flush();
        for (ImportedSlot s : batch) {
            Slot slot = Slot.restore(UUID.randomUUID(), UUID.fromString(ids.require(SESSION, s.session().oldId())),
                    clinic(s.oldClinicId(), ids, byId), s.clinician(), s.type(), s.startsAt(), s.endsAt(), s.capacity(), s.status());
            clinics.add(slot);
            ids.put("Slot", s.oldId(), slot.id().toString());
        }
        clinics.flush();
    }

    /**
     * Each booking, counted into its slot by the database as it is written. A booking replaced by one later in the file
     * keeps the replacement's old id until that one is written here, in this batch or a later one.
     */
    public void addBookings(List<ImportedBooking> batch, IdMap ids) {
        Map<UUID, UUID> written = new HashMap<>();
        for (ImportedBooking b : batch) {
            Slot slot = clinics.findSlot(UUID.fromString(ids.require("Slot", b.oldSlotId())))
                    .orElseThrow(() -> new IllegalStateException("Slot/" + b.oldSlotId() + " was mapped but is not here"));
            UUID patient = UUID.fromString(ids.require("Patient", b.oldPatientId()));
            UUID replacedBy = b.oldReplacedBy() == null ? null
                    : UUID.fromString(ids.find("Appointment", b.oldReplacedBy()).orElse(b.oldReplacedBy()));
            BookingHistory h = b.history();
            Booking booking = Booking.restore(UUID.randomUUID(), slot, patient, b.type(), b.reason(), new BookingHistory(h.status(),
                    h.bookedAt(), h.bookedBy(), h.arrivedAt(), h.outcomeAt(), h.outcomeBy(), h.cancelReason(), h.nextStep(),
                    h.followUpWeeks(), replacedBy));
            if (slot.status() == Slot.Status.CANCELLED && h.status().holdsPlace()) {
                // seen (or not) before its session was cancelled: the database counts places only in an open slot
                slot.reopenForRestore();
                clinics.flush();
                bookings.add(booking);
                slot.cancel();
                clinics.flush();
            } else {
                bookings.add(booking);
            }
            ids.put("Appointment", b.oldId(), booking.id().toString());
            written.put(UUID.fromString(b.oldId()), booking.id());
        }
        for (Booking replaced : bookings.replacedByAnyOf(written.keySet())) {
            replaced.replacementLoaded(replaced.replacedBy(), written.get(replaced.replacedBy()));
        }
        bookings.flush();
    }

    /** Each waiting-list entry, with its patient and the bookings it came from and led to through the id map. */
    public void addReferrals(List<ImportedReferral> batch, IdMap ids) {
        for (ImportedReferral r : batch) {
            Referral entry = Referral.restore(UUID.randomUUID(), UUID.fromString(ids.require("Patient", r.oldPatientId())), r.service(),
                    r.referralDate(), r.priority(), r.status(), r.kind(), r.dueDate(), r.appointmentType(), booking(r.oldFromBooking(), ids),
                    booking(r.oldBooking(), ids), r.closedAt());
            referrals.add(entry);
            ids.put("ServiceRequest", r.oldId(), entry.id().toString());
        }
        bookings.flush();
    }

    private static UUID booking(String oldId, IdMap ids) {
        return oldId == null ? null : UUID.fromString(ids.require("Appointment", oldId));
    }

    private Clinic clinic(String oldId, IdMap ids, Map<UUID, Clinic> known) {
        UUID id = UUID.fromString(ids.require("Schedule", oldId));
        return known.computeIfAbsent(id, k -> clinics.find(k)
                .orElseThrow(() -> new IllegalStateException("Schedule/" + oldId + " was mapped but is not here")));
    }
}
