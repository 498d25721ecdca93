package org.openepr.clinics.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.Test;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedBooking;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedClinic;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedReferral;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedSlot;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.BookingWithHistory;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.ClinicWithTemplates;
import org.openepr.clinics.application.Views.ReferralDetail;
import org.openepr.clinics.application.Views.SessionDetail;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.application.Views.SlotWithSession;
import org.openepr.clinics.application.Views.TemplateDetail;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.BookingHistory;
import org.openepr.clinics.domain.BookingStatus;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.NextStep;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.fhir.FhirSupport;

/** What the export writes of a clinic, a slot, a booking and a waiting-list entry is what the import reads back, through FHIR JSON. */
class ClinicFhirRecordsTest {

    final ClinicFhirMapper mapper = new ClinicFhirMapper();
    final FhirSupport fhir = new FhirSupport();

    <T extends org.hl7.fhir.r4.model.Resource> T throughJson(org.hl7.fhir.r4.model.Resource r, Class<T> type) {
        return fhir.json().parseResource(type, fhir.json().encodeResourceToString(r));
    }

    @Test
    void aClinicComesBackWithItsDetailsAndSessionTemplates() {
        UUID templateA = UUID.randomUUID();
        UUID templateB = UUID.randomUUID();
        SessionPattern weekly = new SessionPattern(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 30), 30, 1,
                AppointmentType.NEW, "Dr Asha Patel", LocalDate.of(2027, 1, 5), null);
        SessionPattern group = new SessionPattern(DayOfWeek.WEDNESDAY, LocalTime.of(13, 45, 10), LocalTime.of(15, 0), 15, 12,
                AppointmentType.FOLLOW_UP, "Nurse Ben Jones", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30));
        ClinicView clinic = new ClinicView(UUID.randomUUID(), "Memory Clinic, East", "Memory Service", "Goodmayes, Room 2",
                List.of("Dr Asha Patel", "Nurse Ben Jones"));
        Schedule s = throughJson(mapper.schedule(new ClinicWithTemplates(clinic, List.of(new TemplateDetail(templateA, weekly),
                new TemplateDetail(templateB, group)))), Schedule.class);

        ImportedClinic read = ClinicFhirRecords.clinic(s);
        assertEquals(clinic.id().toString(), read.oldId());
        assertEquals("Memory Clinic, East", read.name(), "a name with a comma is not split from the location");
        assertEquals("Goodmayes, Room 2", read.location());
        assertEquals("Memory Service", read.service());
        assertEquals(List.of("Dr Asha Patel", "Nurse Ben Jones"), read.clinicians());
        assertEquals(2, read.templates().size());
        assertEquals(templateA.toString(), read.templates().get(0).oldId());
        assertEquals(weekly, read.templates().get(0).pattern());
        assertEquals(group, read.templates().get(1).pattern(), "seconds, capacity, type and an end date too");
        assertEquals("Clinicians: Dr Asha Patel, Nurse Ben Jones", s.getComment(), "the UK Core fields stay as the API serves them");
    }

    @Test
    void aSlotComesBackWithItsCapacityStateAndSession() {
        UUID clinic = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID template = UUID.randomUUID();
        LocalDateTime start = LocalDateTime.of(2027, 7, 6, 9, 30);
        SlotView slot = new SlotView(UUID.randomUUID(), clinic, "Memory Clinic", session, "Dr Asha Patel", "Memory Service", "FOLLOW_UP",
                start, start.plusMinutes(30), 6, 2, false, "CANCELLED");
        SessionDetail held = new SessionDetail(session, template, start.toLocalDate(), LocalTime.of(9, 0), LocalTime.of(12, 0),
                "Dr Asha Patel", ClinicSession.Status.CANCELLED, "Room flooded");
        Slot s = throughJson(mapper.slot(new SlotWithSession(slot, held)), Slot.class);

        ImportedSlot read = ClinicFhirRecords.slot(s);
        assertEquals(slot.id().toString(), read.oldId());
        assertEquals(clinic.toString(), read.oldClinicId());
        assertEquals("Dr Asha Patel", read.clinician());
        assertEquals(AppointmentType.FOLLOW_UP, read.type());
        assertEquals(start, read.startsAt(), "UK time, summer");
        assertEquals(start.plusMinutes(30), read.endsAt());
        assertEquals(6, read.capacity());
        assertEquals(org.openepr.clinics.domain.Slot.Status.CANCELLED, read.status());
        assertEquals(session.toString(), read.session().oldId());
        assertEquals(template.toString(), read.session().oldTemplateId());
        assertEquals(start.toLocalDate(), read.session().date());
        assertEquals(LocalTime.of(9, 0), read.session().startsAt());
        assertEquals(LocalTime.of(12, 0), read.session().endsAt());
        assertEquals(ClinicSession.Status.CANCELLED, read.session().status());
        assertEquals("Room flooded", read.session().cancelReason());
    }

    @Test
    void aBookingComesBackWithWhoDidWhatAndWhen() {
        UUID patient = UUID.randomUUID();
        UUID slot = UUID.randomUUID();
        UUID replacement = UUID.randomUUID();
        LocalDateTime start = LocalDateTime.of(2027, 3, 3, 10, 0);
        BookingView view = new BookingView(UUID.randomUUID(), slot, UUID.randomUUID(), "Memory Clinic",
                new PatientSummary(patient, "9990000018", "999 000 0018", "Rita ROUNDTRIP", LocalDate.of(1950, 1, 1)), "NEW",
                "Memory assessment", "ATTENDED", "Attended", start, start.plusMinutes(30), start.minusMinutes(5), "FOLLOW_UP", 6, null, 3);
        BookingHistory history = new BookingHistory(BookingStatus.ATTENDED, LocalDateTime.of(2027, 2, 20, 14, 3, 27, 123_000_000),
                "it.clerk", start.minusMinutes(5), start.plusMinutes(25), "it.clinician", null, NextStep.FOLLOW_UP, 6, replacement);
        Appointment a = throughJson(mapper.appointment(new BookingWithHistory(view, history)), Appointment.class);

        ImportedBooking read = ClinicFhirRecords.booking(a);
        assertEquals(view.id().toString(), read.oldId());
        assertEquals(slot.toString(), read.oldSlotId());
        assertEquals(patient.toString(), read.oldPatientId());
        assertEquals(AppointmentType.NEW, read.type());
        assertEquals("Memory assessment", read.reason());
        assertEquals(replacement.toString(), read.oldReplacedBy());
        assertEquals(new BookingHistory(BookingStatus.ATTENDED, history.bookedAt(), "it.clerk", history.arrivedAt(), history.outcomeAt(),
                "it.clinician", null, NextStep.FOLLOW_UP, 6, null), read.history(), "to the millisecond");
    }

    @Test
    void theKindOfCancellationIsKeptWhereUkCoreSaysOnlyCancelled() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 3, 10, 0);
        for (BookingStatus status : List.of(BookingStatus.CANCELLED_BY_TRUST, BookingStatus.TO_BE_REBOOKED, BookingStatus.RESCHEDULED)) {
            BookingView view = new BookingView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Memory Clinic",
                    new PatientSummary(UUID.randomUUID(), "9990000018", "999 000 0018", "Rita ROUNDTRIP", LocalDate.of(1950, 1, 1)),
                    "NEW", null, status.name(), status.label(), start, start.plusMinutes(30), null, null, null, "Clinician on leave", 1);
            Appointment a = throughJson(mapper.appointment(new BookingWithHistory(view, new BookingHistory(status,
                    start.minusDays(3), "it.clerk", null, null, null, "Clinician on leave", null, null, null))), Appointment.class);
            assertEquals(Appointment.AppointmentStatus.CANCELLED, a.getStatus());
            ImportedBooking read = ClinicFhirRecords.booking(a);
            assertEquals(status, read.history().status());
            assertEquals("Clinician on leave", read.history().cancelReason());
            assertNull(read.reason());
            assertNull(read.oldReplacedBy());
        }
    }

    @Test
    void aWaitingListEntryComesBackWithItsBookingsAndDates() {
        UUID patient = UUID.randomUUID();
        UUID from = UUID.randomUUID();
        UUID booked = UUID.randomUUID();
        ReferralDetail entry = new ReferralDetail(UUID.randomUUID(), patient, "Memory Service", LocalDate.of(2027, 2, 1),
                Referral.Priority.URGENT, Referral.Status.BOOKED, Referral.Kind.FOLLOW_UP, LocalDate.of(2027, 4, 14), AppointmentType.FOLLOW_UP,
                from, booked, LocalDateTime.of(2027, 3, 3, 11, 15, 2));
        ServiceRequest s = throughJson(mapper.serviceRequest(entry), ServiceRequest.class);
        assertEquals(ServiceRequest.ServiceRequestStatus.COMPLETED, s.getStatus(), "booked: it has left the list");
        ImportedReferral read = ClinicFhirRecords.referral(s);
        assertEquals(new ImportedReferral(entry.id().toString(), patient.toString(), "Memory Service", LocalDate.of(2027, 2, 1),
                Referral.Priority.URGENT, Referral.Status.BOOKED, Referral.Kind.FOLLOW_UP, LocalDate.of(2027, 4, 14), AppointmentType.FOLLOW_UP,
                from.toString(), booked.toString(), LocalDateTime.of(2027, 3, 3, 11, 15, 2)), read);

        ReferralDetail waiting = new ReferralDetail(UUID.randomUUID(), patient, "Podiatry", LocalDate.of(2027, 2, 1), Referral.Priority.ROUTINE,
                Referral.Status.WAITING, Referral.Kind.FIRST, null, AppointmentType.NEW, null, null, null);
        ImportedReferral plain = ClinicFhirRecords.referral(throughJson(mapper.serviceRequest(waiting), ServiceRequest.class));
        assertEquals(Referral.Status.WAITING, plain.status());
        assertNull(plain.dueDate());
        assertNull(plain.oldFromBooking());
        assertNull(plain.oldBooking());
        assertNull(plain.closedAt());
    }

    @Test
    void aResourceWithoutOurExtensionsIsRefusedNamingIt() {
        ClinicView clinic = new ClinicView(UUID.randomUUID(), "Memory Clinic", "Memory Service", "Goodmayes", List.of("Dr Asha Patel"));
        Schedule plain = throughJson(mapper.schedule(clinic), Schedule.class);
        var e = assertThrows(IllegalArgumentException.class, () -> ClinicFhirRecords.clinic(plain));
        assertTrue(e.getMessage().contains("Schedule/" + clinic.id() + " has no " + ClinicFhirMapper.CLINIC + " extension"), e.getMessage());
    }
}
