package org.openepr.clinics.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.ClinicRecordsForExport;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.Slot;
import org.openepr.platform.export.ExportPart;

/** The clinics' part of the whole-trust export: Schedule (a clinic), Slot and Appointment, as the API serves them. */
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
        return List.of("Schedule", "Slot", "Appointment");
    }

    @Override
    public long count(String resourceType) {
        return records.count(switch (resourceType) {
            case "Schedule" -> Clinic.class;
            case "Slot" -> Slot.class;
            default -> Booking.class;
        });
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return switch (resourceType) {
            case "Schedule" -> records.clinicsAfter(afterKey, size).stream().map(c -> new Exported(c.id().toString(), mapper.schedule(c))).toList();
            case "Slot" -> records.slotsAfter(afterKey, size).stream().map(s -> new Exported(s.id().toString(), mapper.slot(s))).toList();
            default -> records.appointmentsAfter(afterKey, size).stream().map(b -> new Exported(b.id().toString(), mapper.appointment(b))).toList();
        };
    }
}
