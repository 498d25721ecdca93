package org.openepr.clinics.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Slot;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.ClinicRecordsFromImport;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.importing.IdMap;
import org.openepr.platform.importing.ImportPart;

/**
 * The clinics' part of an import: Schedule (a clinic with its session templates), then Slot (with its session), then
 * Appointment, then ServiceRequest (the waiting list, whose entries name bookings), each read back from the export's UK Core resource and our extensions and taken back as it stood under
 * a new id. Appointments name patients, so the patient index loads first.
 */
@ApplicationScoped
public class ClinicsImportPart implements ImportPart {

    @Inject
    ClinicRecordsFromImport records;

    @Inject
    FhirSupport fhir;

    @Override
    public String module() {
        return ClinicsModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Schedule", "Slot", "Appointment", "ServiceRequest");
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of("Patient");
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        switch (resourceType) {
            case "Schedule" -> records.addClinics(lines.stream().map(l -> ClinicFhirRecords.clinic(parser.parseResource(Schedule.class, l))).toList(), ids);
            case "Slot" -> records.addSlots(lines.stream().map(l -> ClinicFhirRecords.slot(parser.parseResource(Slot.class, l))).toList(), ids);
            case "Appointment" -> records.addBookings(
                    lines.stream().map(l -> ClinicFhirRecords.booking(parser.parseResource(Appointment.class, l))).toList(), ids);
            case "ServiceRequest" -> records.addReferrals(
                    lines.stream().map(l -> ClinicFhirRecords.referral(parser.parseResource(ServiceRequest.class, l))).toList(), ids);
            default -> throw new IllegalArgumentException("Clinics do not import " + resourceType);
        }
        return lines.size();
    }
}
