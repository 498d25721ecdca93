package org.openepr.clinics.domain;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * What a booking has been through: its state, who booked it and when, arrival, who recorded the outcome and when, why
 * it was cancelled, the next step, and the booking that replaced it. The whole-trust export carries it, so an import
 * takes a booking back as it stood ({@link Booking#restore}).
 */
public record BookingHistory(BookingStatus status, LocalDateTime bookedAt, String bookedBy, LocalDateTime arrivedAt,
                             LocalDateTime outcomeAt, String outcomeBy, String cancelReason, NextStep nextStep, Integer followUpWeeks,
                             UUID replacedBy) {
}
