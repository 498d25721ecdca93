package org.openepr.clinics.interfaces.fhir;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Slot;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedBooking;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedClinic;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedReferral;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedSession;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedSlot;
import org.openepr.clinics.application.ClinicRecordsFromImport.ImportedTemplate;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.BookingHistory;
import org.openepr.clinics.domain.BookingStatus;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.NextStep;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.platform.persistence.Clocks;

/**
 * The export's Schedule, Slot, Appointment and ServiceRequest read back into the clinics' own records, from the UK Core fields and our
 * extensions ({@link ClinicFhirMapper#CLINIC} and the others), with the ids as the export wrote them (the import maps
 * them). A resource without the extensions it needs was not written by this server's export and is refused, naming it.
 */
final class ClinicFhirRecords {

    private ClinicFhirRecords() {
    }

    static ImportedClinic clinic(Schedule s) {
        Extension clinic = required(s, ClinicFhirMapper.CLINIC);
        List<ImportedTemplate> templates = s.getExtensionsByUrl(ClinicFhirMapper.SESSION_TEMPLATE).stream().map(t -> new ImportedTemplate(
                text(t, "id"), new SessionPattern(DayOfWeek.valueOf(text(t, "weekday")), time(t, "start"), time(t, "end"),
                number(t, "slotMinutes"), number(t, "capacity"), AppointmentType.valueOf(text(t, "appointmentType")), text(t, "clinician"),
                LocalDate.parse(text(t, "effectiveFrom")), date(t, "effectiveTo")))).toList();
        return new ImportedClinic(s.getIdElement().getIdPart(), text(clinic, "name"), s.getServiceTypeFirstRep().getText(),
                text(clinic, "location"), clinic.getExtensionsByUrl("clinician").stream().map(e -> e.getValue().primitiveValue()).toList(),
                templates);
    }

    static ImportedSlot slot(Slot s) {
        Extension slot = required(s, ClinicFhirMapper.SLOT);
        Extension session = required(s, ClinicFhirMapper.SESSION);
        ImportedSession held = new ImportedSession(text(session, "id"), text(session, "template"), LocalDate.parse(text(session, "date")),
                time(session, "start"), time(session, "end"), text(session, "clinician"),
                ClinicSession.Status.valueOf(text(session, "status")), optional(session, "cancelReason"));
        return new ImportedSlot(s.getIdElement().getIdPart(), id(s.getSchedule()), held, text(slot, "clinician"),
                type(s.getAppointmentType().getCodingFirstRep().getCode()), local(s.getStart()), local(s.getEnd()),
                number(slot, "capacity"), org.openepr.clinics.domain.Slot.Status.valueOf(text(slot, "status")));
    }

    static ImportedBooking booking(Appointment a) {
        Extension h = required(a, ClinicFhirMapper.BOOKING);
        String nextStep = optional(h, "nextStep");
        String weeks = optional(h, "followUpWeeks");
        Extension replaced = h.getExtensionByUrl("replacedBy");
        BookingHistory history = new BookingHistory(BookingStatus.valueOf(text(h, "status")), dateTime(h, "bookedAt"), text(h, "bookedBy"),
                dateTime(h, "arrivedAt"), dateTime(h, "outcomeAt"), optional(h, "outcomeBy"), optional(h, "cancelReason"),
                nextStep == null ? null : NextStep.valueOf(nextStep), weeks == null ? null : Integer.valueOf(weeks), null);
        String patient = a.getParticipant().stream().map(p -> p.getActor().getReference())
                .filter(r -> r != null && r.startsWith("Patient/")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Appointment/" + a.getIdElement().getIdPart() + " names no patient"));
        return new ImportedBooking(a.getIdElement().getIdPart(), id(a.getSlotFirstRep()), patient.substring("Patient/".length()),
                type(a.getAppointmentType().getCodingFirstRep().getCode()), a.hasReasonCode() ? a.getReasonCodeFirstRep().getText() : null,
                history, replaced == null ? null : id((Reference) replaced.getValue()));
    }

    static ImportedReferral referral(ServiceRequest s) {
        Extension e = required(s, ClinicFhirMapper.WAITING);
        Extension from = e.getExtensionByUrl("fromBooking");
        Extension booking = e.getExtensionByUrl("booking");
        return new ImportedReferral(s.getIdElement().getIdPart(), id(s.getSubject()), text(e, "service"),
                LocalDate.parse(s.getAuthoredOnElement().getValueAsString()),
                s.getPriority() == ServiceRequest.ServiceRequestPriority.URGENT ? Referral.Priority.URGENT : Referral.Priority.ROUTINE,
                Referral.Status.valueOf(text(e, "status")), Referral.Kind.valueOf(text(e, "kind")), date(e, "dueDate"),
                AppointmentType.valueOf(text(e, "appointmentType")), from == null ? null : id((Reference) from.getValue()),
                booking == null ? null : id((Reference) booking.getValue()), dateTime(e, "closedAt"));
    }

    private static Extension required(DomainResource r, String url) {
        Extension e = r.getExtensionByUrl(url);
        if (e == null) {
            throw new IllegalArgumentException(r.fhirType() + "/" + r.getIdElement().getIdPart() + " has no " + url
                    + " extension: it was not exported by this server's export");
        }
        return e;
    }

    private static String optional(Extension parent, String name) {
        Extension e = parent.getExtensionByUrl(name);
        return e == null ? null : e.getValue().primitiveValue();
    }

    private static String text(Extension parent, String name) {
        String value = optional(parent, name);
        if (value == null) {
            throw new IllegalArgumentException(parent.getUrl() + " has no " + name);
        }
        return value;
    }

    private static int number(Extension parent, String name) {
        return Integer.parseInt(text(parent, name));
    }

    private static LocalTime time(Extension parent, String name) {
        return LocalTime.parse(text(parent, name));
    }

    private static LocalDate date(Extension parent, String name) {
        String value = optional(parent, name);
        return value == null ? null : LocalDate.parse(value);
    }

    private static LocalDateTime dateTime(Extension parent, String name) {
        Extension e = parent.getExtensionByUrl(name);
        return e == null ? null : local(((PrimitiveType<?>) e.getValue()).getValue() instanceof Date d ? d : null);
    }

    private static LocalDateTime local(Date d) {
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), Clocks.UK);
    }

    private static String id(Reference r) {
        String ref = r.getReference();
        return ref.substring(ref.indexOf('/') + 1);
    }

    private static AppointmentType type(String code) {
        return "FOLLOWUP".equals(code) ? AppointmentType.FOLLOW_UP : AppointmentType.NEW;
    }
}
