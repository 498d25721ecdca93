package org.openepr.clinics;

import org.openepr.platform.releases.Feature;

/** Clinic management's behaviour that comes with a release (which release has which: the platform's releases.txt). */
public final class ClinicFeatures {

    /** The reason given when booking has always been kept (and sent as Appointment.reasonCode); from 2026.2 the clinic list shows it. */
    public static final Feature BOOKING_REASON_ON_CLINIC_LIST = new Feature("clinics.booking-reason-on-clinic-list",
            "Reason for the appointment on the clinic list",
            "The clinic list shows, under each patient's name, the reason the booking clerk gave when booking"
                    + " (e.g. \"Memory assessment\"), so the clinician knows why the patient is coming without opening the record.");

    private ClinicFeatures() {
    }
}
