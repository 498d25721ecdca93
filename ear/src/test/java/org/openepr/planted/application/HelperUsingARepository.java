package org.openepr.planted.application;

import org.openepr.clinics.domain.BookingRepository;

/** Planted: a plain helper (not a use case) reading bookings, with no transaction, access check or audit. */
public class HelperUsingARepository {
    private final BookingRepository bookings;

    public HelperUsingARepository(BookingRepository bookings) {
        this.bookings = bookings;
    }

    public Object one(java.util.UUID id) {
        return bookings.find(id);
    }
}
