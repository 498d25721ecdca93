package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.application.Views.WaitingEntry;
import org.openepr.clinics.application.WaitingList;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** Referrals waiting for a first appointment: add, see who has waited longest, book from the list. */
@Named
@ViewScoped
@UserAction
public class WaitingListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WaitingList waitingList;

    @Inject
    Appointments appointments;

    @Inject
    FindFreeSlots freeSlots;

    @Inject
    ServiceClock clock;

    private String service;
    private String nhsNumber;
    private String referralService;
    private LocalDate referralDate;
    private String priority = "ROUTINE";
    private List<WaitingEntry> entries;
    private String bookingFor;
    private List<SlotView> offered;

    public void load() {
        if (referralDate == null) {
            referralDate = clock.today();
        }
        if (entries == null) {
            entries = waitingList.waiting(service);
        }
    }

    public void filter() {
        entries = waitingList.waiting(service);
    }

    public void refer() {
        NhsNumber number;
        try {
            number = NhsNumber.of(nhsNumber);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("nhsNumber", e.getMessage());
        }
        var patient = appointments.lookUp(number)
                .orElseThrow(() -> new InvalidInputException("nhsNumber", "No patient with this NHS number in the trust"));
        waitingList.refer(patient.id(), referralService, UkDates.typed(referralDate), priority);
        FacesProblems.notice("Added " + patient.displayName() + " to the " + referralService + " waiting list");
        nhsNumber = null;
        filter();
    }

    public void offer(String referralId) {
        bookingFor = referralId;
        WaitingEntry entry = entries.stream().filter(e -> e.id().toString().equals(referralId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("referral"));
        LocalDate today = clock.today();
        offered = freeSlots.search(null, null, entry.service(), AppointmentType.NEW, today, today.plusDays(FindFreeSlots.MAX_DAYS));
    }

    public void book(String slotId) {
        try {
            var b = waitingList.bookFromList(Ids.of("referral", bookingFor), Ids.of("slot", slotId), UUID.randomUUID());
            FacesProblems.notice("Booked " + b.patient().displayName() + " on " + UkDates.dayTime(b.startsAt()));
            offered = null;
            bookingFor = null;
        } finally {
            filter();
        }
    }

    public List<WaitingEntry> getEntries() { return entries; }
    public List<SlotView> getOffered() { return offered; }
    public String getService() { return service; }
    public void setService(String v) { service = v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getReferralService() { return referralService; }
    public void setReferralService(String v) { referralService = v; }
    public LocalDate getReferralDate() { return referralDate; }
    public void setReferralDate(LocalDate v) { referralDate = v; }
    public String getPriority() { return priority; }
    public void setPriority(String v) { priority = v; }
}
