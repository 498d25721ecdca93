package org.openepr.clinics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.DnaReport;
import org.openepr.clinics.application.OutcomesWithoutNextStep;
import org.openepr.clinics.application.WaitingList;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.SettingsPage;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.modules.RecordPanel;

/** Clinic management as the product shows it: pages, API resources, menu entries, home tiles and the patient's appointments. */
@ApplicationScoped
public class ClinicsModule implements ModuleDescriptor {

    public static final String NAME = "clinics";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "clinic management";
    }

    /** Its records are about the patient index's patients (read through {@code PatientDirectory}). */
    @Override
    public List<String> needs() {
        return List.of(PatientDirectory.MODULE);
    }

    @Override
    public List<SettingsPage> settings() {
        return List.of(
                new SettingsPage("settingsClinics", "Clinic set-up", "Clinics, session templates, slots, and what follows a did-not-attend",
                        "/clinics/admin/setup.xhtml", 30, ClinicSetup.class));
    }

    @Override
    public List<String> pagePaths() {
        return List.of("/clinics/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of("Schedule", "Slot", "Appointment");
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("navBook", "Book", "/clinics/book.xhtml", 20, BookAppointment.class),
                new MenuEntry("navClinicDay", "Clinic list", "/clinics/day.xhtml", 21, ClinicDay.class),
                new MenuEntry("navSchedule", "Schedule", "/clinics/schedule.xhtml", 22, Appointments.class),
                new MenuEntry("navWaiting", "Waiting list", "/clinics/waiting-list.xhtml", 23, WaitingList.class),
                new MenuEntry("navClinicSetup", "Clinic set-up", "/clinics/admin/setup.xhtml", 91, ClinicSetup.class).alsoCurrentOn("/clinics/admin/"));
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                new HomeTile("tileBook", "Book an appointment", "Free slots by clinic, clinician, service and date", "/clinics/book.xhtml",
                        20, BookAppointment.class),
                new HomeTile("tileClinicDay", "Clinic list", "Today's patients: arrivals, outcomes, next steps", "/clinics/day.xhtml", 21,
                        ClinicDay.class),
                new HomeTile("tileWaiting", "Waiting list", "Referrals waiting for a first appointment", "/clinics/waiting-list.xhtml", 23,
                        WaitingList.class),
                new HomeTile("tileRebook", "To be rebooked", "Patients of cancelled sessions", "/clinics/rebook.xhtml", 24,
                        BookAppointment.class),
                new HomeTile("tileClinicSetup", "Clinic set-up", "Clinics, session templates, slots", "/clinics/admin/setup.xhtml", 91,
                        ClinicSetup.class),
                new HomeTile("tileDna", "Did not attend", "DNA counts per clinic", "/clinics/admin/dna.xhtml", 92, DnaReport.class),
                new HomeTile("tileNoNextStep", "Outcomes without a next step", "Patients on no list: should be empty",
                        "/clinics/no-next-step.xhtml", 25, OutcomesWithoutNextStep.class));
    }

    @Override
    public List<org.openepr.platform.releases.Feature> features() {
        return List.of(ClinicFeatures.BOOKING_REASON_ON_CLINIC_LIST);
    }

    @Override
    public List<RecordPanel> patientPanels() {
        return List.of(new RecordPanel("/clinics/patient-appointments.xhtml", 10, Appointments.class));
    }
}
