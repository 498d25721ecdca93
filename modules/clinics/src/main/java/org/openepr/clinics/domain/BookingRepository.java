package org.openepr.clinics.domain;

import org.openepr.platform.persistence.Repository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bookings of the current trust. Never deleted. */
public interface BookingRepository extends Repository {

    Optional<Booking> find(UUID bookingId);

    /** The patient's booking that holds a place in the slot, if any. */
    Optional<Booking> holdingPlace(UUID slotId, UUID patientId);

    /** Saves now, so the database's capacity rule speaks inside the action. */
    void add(Booking booking);

    List<Booking> inSlots(List<UUID> slotIds);

    List<Booking> holdingPlaceInSession(UUID sessionId);

    /** Appointments with an outcome (seen, did not attend, could not be seen) and no next step: a patient on no list. */
    List<Booking> withOutcomeButNoNextStep(int max);

    List<Booking> forPatient(UUID patientId);

    /** The patient's next appointments that will happen (booked or arrived, starting after {@code now}), soonest first, at most {@code max}. */
    List<Booking> upcomingForPatient(UUID patientId, LocalDateTime now, int max);

    /** The patient's latest appointments that held a place and have started (with their outcome, if recorded), newest first, at most {@code max}. */
    List<Booking> recentForPatient(UUID patientId, LocalDateTime now, int max);

    List<Booking> between(LocalDateTime from, LocalDateTime to, int max);

    List<Booking> toBeRebooked();

    /** Per clinic: [clinicId, appointments with an outcome, of which did not attend]. */
    List<Object[]> outcomeCounts(LocalDate from, LocalDate to);

    /** Bookings whose {@code replacedBy} is one of these ids (an import points them at the replacements' new ids). */
    List<Booking> replacedByAnyOf(java.util.Collection<UUID> bookingIds);

    void flush();
}
