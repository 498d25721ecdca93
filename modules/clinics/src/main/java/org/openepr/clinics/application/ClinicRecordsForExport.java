package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.Slot;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Clinics, slots and appointments in id order, a page at a time, for the whole-trust export (the background worker only). */
@UseCase
@ReadsOnly
@Access(module = ClinicsModule.NAME, roles = Roles.BACKGROUND)
public class ClinicRecordsForExport {

    @Inject
    RecordPages pages;

    @Inject
    ClinicRepository clinics;

    @Inject
    BookingViews bookingViews;

    public List<ClinicView> clinicsAfter(String key, int size) {
        return pages.after(Clinic.class, key, size).stream().map(ClinicView::of).toList();
    }

    public List<SlotView> slotsAfter(String key, int size) {
        Map<UUID, String> names = clinics.names();
        return pages.after(Slot.class, key, size).stream().map(s -> SlotView.of(s, names.getOrDefault(s.clinicId(), ""))).toList();
    }

    public List<BookingView> appointmentsAfter(String key, int size) {
        return bookingViews.of(pages.after(Booking.class, key, size));
    }

    public long count(Class<?> entity) {
        return pages.count(entity);
    }
}
