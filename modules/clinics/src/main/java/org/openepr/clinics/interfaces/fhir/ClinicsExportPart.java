package org.openepr.clinics.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.ClinicRecordsForExport;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.Slot;
import org.openepr.platform.export.ExportPart;

/**
 * The clinics' part of the whole-trust export: Schedule (a clinic), Slot and Appointment, as the API serves them, with
 * what an import needs beyond UK Core as extensions; and the waiting list as ServiceRequest (not served by the API).
 */
@ApplicationScoped
public class ClinicsExportPart implements ExportPart {

    @Inject
    ClinicRecordsForExport records;

    @Inject
    ClinicFhirMapper mapper;

    @Override
    public String module() {
        return ClinicsModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Schedule", "Slot", "Appointment", "ServiceRequest");
    }

    @Override
    public long count(String resourceType) {
        return records.count(switch (resourceType) {
            case "Schedule" -> Clinic.class;
            case "Slot" -> Slot.class;
            case "ServiceRequest" -> Referral.class;
            default -> Booking.class;
        });
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return switch (resourceType) {
            case "Schedule" -> records.clinicsAfter(afterKey, size).stream().map(c -> new Exported(c.id().toString(), mapper.schedule(c))).toList();
            case "Slot" -> records.slotsAfter(afterKey, size).stream().map(s -> new Exported(s.id().toString(), mapper.slot(s))).toList();
            case "ServiceRequest" -> records.referralsAfter(afterKey, size).stream().map(r -> new Exported(r.id().toString(), mapper.serviceRequest(r))).toList();
            default -> records.appointmentsAfter(afterKey, size).stream().map(b -> new Exported(b.id().toString(), mapper.appointment(b))).toList();
        };
    }
}
