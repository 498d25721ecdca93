package org.openepr.clinics.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.openepr.clinics.application.Appointments;
import org.openepr.platform.trust.TrustModules;
import org.openepr.platform.web.PatientRecordPanel;

/** The patient's upcoming and past appointments, on their banner page. */
@Named
@RequestScoped
public class PatientAppointmentsPanel implements PatientRecordPanel {

    @Inject
    Appointments appointments;

    @Inject
    TrustModules modules;

    private Appointments.PatientAppointments loaded;

    @Override
    public String view() {
        return "/clinics/patient-appointments.xhtml";
    }

    @Override
    public int order() {
        return 10;
    }

    public boolean isShown() {
        return modules.isEnabled("clinics");
    }

    public Appointments.PatientAppointments of(UUID patientId) {
        if (loaded == null) {
            loaded = appointments.forPatient(patientId);
        }
        return loaded;
    }
}
