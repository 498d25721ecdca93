package org.openepr.clinics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.patients.api.PatientDirectory;

/** Bookings as screens and the API show them: with their clinic's name and their patient. Runs in the caller's transaction. */
@ApplicationScoped
class BookingViews {

    @Inject
    ClinicRepository clinics;

    @Inject
    PatientDirectory patients;

    BookingView of(Booking b) {
        return BookingView.of(b, clinics.find(b.clinicId()).map(Clinic::name).orElse(""), patients.find(b.patientId()).orElse(null));
    }

    /** Many at once: one query for clinic names, one for patients. */
    List<BookingView> of(List<Booking> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        var names = clinics.names();
        var people = patients.findAll(list.stream().map(Booking::patientId).distinct().toList());
        return list.stream().map(b -> BookingView.of(b, names.getOrDefault(b.clinicId(), ""), people.get(b.patientId()))).toList();
    }
}
