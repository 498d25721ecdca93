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
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.application.Views.WaitingEntry;
import org.openepr.clinics.application.WaitingList;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.web.FacesProblems;

/** Referrals waiting for a first appointment: add, see who has waited longest, book from the list. */
@Named
@ViewScoped
public class WaitingListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WaitingList waitingList;

    @Inject
    transient Appointments appointments;

    @Inject
    transient FindFreeSlots freeSlots;

    @Inject
    transient Clock clock;

    private String service;
    private String nhsNumber;
    private String referralService;
    private String referralDate;
    private String priority = "ROUTINE";
    private List<WaitingEntry> entries;
    private String bookingFor;
    private List<SlotView> offered;

    public void load() {
        if (referralDate == null) {
            referralDate = LocalDate.now(clock).toString();
        }
        entries = waitingList.waiting(service);
    }

    public void filter() {
        entries = waitingList.waiting(service);
    }

    public void refer() {
        try {
            var patient = appointments.lookUp(NhsNumber.of(nhsNumber))
                    .orElseThrow(() -> new InvalidInputException("nhsNumber", "No patient with this NHS number in the trust"));
            waitingList.refer(patient.id(), referralService, referralDate, priority);
            FacesProblems.notice("Added " + patient.displayName() + " to the " + referralService + " waiting list");
            nhsNumber = null;
        } catch (InvalidInputException e) {
            FacesProblems.show("referral", e);
        } catch (IllegalArgumentException e) {
            FacesProblems.field("referral", "nhsNumber", e.getMessage());
        }
        filter();
    }

    public void offer(String referralId) {
        bookingFor = referralId;
        WaitingEntry entry = entries.stream().filter(e -> e.id().toString().equals(referralId)).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        offered = freeSlots.search(null, null, entry.service(), AppointmentType.NEW, today, today.plusDays(FindFreeSlots.MAX_DAYS));
    }

    public void book(String slotId) {
        try {
            var b = waitingList.bookFromList(UUID.fromString(bookingFor), UUID.fromString(slotId), UUID.randomUUID());
            FacesProblems.notice("Booked " + b.patient().displayName() + " on " + b.startsAt().toLocalDate() + " at " + b.startsAt().toLocalTime());
            offered = null;
            bookingFor = null;
        } catch (InvalidInputException e) {
            FacesProblems.page(e.problems().get(0).message());
        } catch (ConflictException e) {
            FacesProblems.page(e.getMessage());
        }
        filter();
    }

    public List<WaitingEntry> getEntries() { return entries; }
    public List<SlotView> getOffered() { return offered; }
    public String getService() { return service; }
    public void setService(String v) { service = v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getReferralService() { return referralService; }
    public void setReferralService(String v) { referralService = v; }
    public String getReferralDate() { return referralDate; }
    public void setReferralDate(String v) { referralDate = v; }
    public String getPriority() { return priority; }
    public void setPriority(String v) { priority = v; }
}
