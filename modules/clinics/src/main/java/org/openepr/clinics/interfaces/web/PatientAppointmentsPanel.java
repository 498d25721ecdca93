package org.openepr.clinics.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.platform.security.Permissions;

/**
 * The patient's upcoming and past appointments, on their page (added through ClinicsModule's record panel, shown
 * only to those Appointments allows). Loaded once per request.
 */
@Named
@RequestScoped
public class PatientAppointmentsPanel {

    @Inject
    Appointments appointments;

    @Inject
    Permissions permissions;

    private Appointments.PatientAppointments loaded;

    public Appointments.PatientAppointments of(UUID patientId) {
        if (loaded == null) {
            loaded = appointments.forPatient(patientId);
        }
        return loaded;
    }

    public boolean isCanBook() {
        return permissions.allows(BookAppointment.class);
    }
}
