package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.web.FacesProblems;

/** Patients whose session was cancelled, waiting to be rebooked. */
@Named
@ViewScoped
public class RebookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Appointments appointments;

    @Inject
    transient FindFreeSlots freeSlots;

    @Inject
    transient BookAppointment booking;

    @Inject
    transient Clock clock;

    private List<BookingView> entries;
    private String rebooking;
    private List<SlotView> offered;

    public void load() {
        entries = appointments.toBeRebooked();
    }

    public void offer(String bookingId) {
        rebooking = bookingId;
        BookingView b = entries.stream().filter(e -> e.id().toString().equals(bookingId)).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        offered = freeSlots.search(b.clinicId(), null, null, AppointmentType.valueOf(b.type()), today, today.plusDays(FindFreeSlots.MAX_DAYS));
    }

    public void rebook(String slotId) {
        try {
            var b = booking.rebook(UUID.fromString(rebooking), UUID.fromString(slotId), UUID.randomUUID());
            FacesProblems.notice("Rebooked " + b.patient().displayName() + " on " + b.startsAt().toLocalDate() + " at " + b.startsAt().toLocalTime());
            offered = null;
            rebooking = null;
        } catch (InvalidInputException e) {
            FacesProblems.page(e.problems().get(0).message());
        } catch (ConflictException e) {
            FacesProblems.page(e.getMessage());
        }
        load();
    }

    public List<BookingView> getEntries() { return entries; }
    public List<SlotView> getOffered() { return offered; }
}
