package org.openepr.clinics;

import org.openepr.platform.releases.Feature;

/** Clinic management's behaviour that comes with a release (which release has which: the platform's releases.txt). */
public final class ClinicFeatures {

    /**
     * The reason given when booking has always been kept (sent as Appointment.reasonCode, printed on the PDF list);
     * from release 2026.2 the clinic list's screen shows it too.
     */
    public static final Feature BOOKING_REASON_ON_CLINIC_LIST = new Feature("clinics.booking-reason-on-clinic-list",
            "Reason for the appointment on the clinic list",
            "The clinic list shows, under each patient's name, the reason the booking clerk gave when booking"
                    + " (e.g. \"Memory assessment\"), so the clinician knows why the patient is coming without opening the record"
                    + " or printing the list.");

    private ClinicFeatures() {
    }
}
