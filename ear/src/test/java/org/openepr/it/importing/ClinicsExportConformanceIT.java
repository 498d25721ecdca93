package org.openepr.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
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
import org.openepr.clinics.interfaces.fhir.ClinicFhirMapper;
import org.openepr.it.support.UkCore;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.fhir.FhirSupport;

/**
 * The clinics' resources as the whole-trust export writes them, with the extensions an import reads, still conform to
 * UK Core (the offline validator the API tests use): Schedule with its templates, a cancelled Slot of a cancelled
 * session, an Appointment with its whole history, and a waiting-list entry as a ServiceRequest. No server needed.
 */
class ClinicsExportConformanceIT {

    final ClinicFhirMapper mapper = new ClinicFhirMapper();
    final FhirSupport fhir = new FhirSupport();

    @Test
    void theExportsClinicResourcesConformToUkCore() {
        UUID clinic = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID template = UUID.randomUUID();
        UUID patient = UUID.randomUUID();
        LocalDateTime start = LocalDateTime.of(2027, 7, 6, 9, 30);
        var schedule = mapper.schedule(new ClinicWithTemplates(new ClinicView(clinic, "Memory Clinic", "Memory Service", "Goodmayes",
                List.of("Dr Asha Patel", "Nurse Ben Jones")), List.of(new TemplateDetail(template, new SessionPattern(DayOfWeek.TUESDAY,
                LocalTime.of(9, 0), LocalTime.of(12, 0), 30, 4, AppointmentType.NEW, "Dr Asha Patel", LocalDate.of(2027, 1, 5),
                LocalDate.of(2027, 12, 31))))));
        var slot = mapper.slot(new SlotWithSession(new SlotView(UUID.randomUUID(), clinic, "Memory Clinic", session, "Dr Asha Patel",
                "Memory Service", "NEW", start, start.plusMinutes(30), 4, 1, false, "CANCELLED"), new SessionDetail(session, template,
                start.toLocalDate(), LocalTime.of(9, 0), LocalTime.of(12, 0), "Dr Asha Patel", ClinicSession.Status.CANCELLED, "Room flooded")));
        var appointment = mapper.appointment(new BookingWithHistory(new BookingView(UUID.randomUUID(), UUID.randomUUID(), clinic,
                "Memory Clinic", new PatientSummary(patient, "9990000018", "999 000 0018", "Rita ROUNDTRIP", LocalDate.of(1950, 1, 1)), "NEW",
                "Memory assessment", "ATTENDED", "Attended", start, start.plusMinutes(30), start.minusMinutes(5), "FOLLOW_UP", 6, null, 2),
                new BookingHistory(BookingStatus.ATTENDED, start.minusDays(9), "it.clerk", start.minusMinutes(5), start.plusMinutes(20),
                        "it.clinician", null, NextStep.FOLLOW_UP, 6, UUID.randomUUID())));
        var referral = mapper.serviceRequest(new ReferralDetail(UUID.randomUUID(), patient, "Memory Service", LocalDate.of(2027, 7, 6),
                Referral.Priority.ROUTINE, Referral.Status.BOOKED, Referral.Kind.FOLLOW_UP, LocalDate.of(2027, 8, 17), AppointmentType.FOLLOW_UP,
                UUID.randomUUID(), UUID.randomUUID(), LocalDateTime.of(2027, 7, 6, 10, 5)));
        assertTrue(UkCore.profilesLoaded() > 10, "UK Core's profiles are loaded");
        for (Resource r : List.of(schedule, slot, appointment, referral)) {
            String json = fhir.json().encodeResourceToString(r);
            assertTrue(json.contains("https://openepr.org/fhir/StructureDefinition/clinic"), "our extensions are there: " + json);
            assertEquals(List.of(), UkCore.errors(json).stream().map(m -> m.getLocationString() + ": " + m.getMessage()).toList(),
                    r.fhirType() + " conforms: " + json);
        }
    }
}
