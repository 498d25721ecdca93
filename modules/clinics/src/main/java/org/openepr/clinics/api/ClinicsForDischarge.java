package org.openepr.clinics.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What clinic management tells a discharge summary (published for the discharge module): the follow-up appointments
 * already booked. The read is audited here.
 */
public interface ClinicsForDischarge {

    /** The module's name as trusts list it: a trust without it books no appointments here. */
    String MODULE = "clinics";

    /** Booked appointments after {@code after}, soonest first, at most {@code max}. */
    List<BookedAppointment> bookedAfter(UUID patientId, Instant after, int max);

    /** One booked appointment: when (UK time), the clinic, "Follow-up" or "New", and the reason given when booking. */
    record BookedAppointment(LocalDateTime startsAt, String clinic, String type, String reason) {
    }
}
