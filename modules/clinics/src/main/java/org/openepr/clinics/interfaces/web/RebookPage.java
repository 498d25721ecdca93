package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** Patients whose session was cancelled, waiting to be rebooked. */
@Named
@ViewScoped
@UserAction
public class RebookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Appointments appointments;

    @Inject
    FindFreeSlots freeSlots;

    @Inject
    BookAppointment booking;

    @Inject
    ServiceClock clock;

    private List<BookingView> entries;
    private String rebooking;
    private List<SlotView> offered;

    public void load() {
        if (entries == null) {
            entries = appointments.toBeRebooked();
        }
    }

    public void offer(String bookingId) {
        rebooking = bookingId;
        BookingView b = entries.stream().filter(e -> e.id().toString().equals(bookingId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("appointment"));
        LocalDate today = clock.today();
        offered = freeSlots.search(b.clinicId(), null, null, AppointmentType.valueOf(b.type()), today, today.plusDays(FindFreeSlots.MAX_DAYS));
    }

    public void rebook(String slotId) {
        try {
            var b = booking.rebook(Ids.of("appointment", rebooking), Ids.of("slot", slotId), UUID.randomUUID());
            FacesProblems.notice("Rebooked " + b.patient().displayName() + " on " + org.openepr.platform.time.UkDates.dayTime(b.startsAt()));
            offered = null;
            rebooking = null;
        } finally {
            entries = appointments.toBeRebooked();
        }
    }

    public List<BookingView> getEntries() { return entries; }
    public List<SlotView> getOffered() { return offered; }
}
