package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.WaitingEntry;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRuleException;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.ReferralRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.clinics.ClinicsModule;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/** Referrals waiting for a first appointment, per service; urgent first, then the longest waiting. */
@UseCase
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class WaitingList {

    @Inject
    ReferralRepository referrals;

    @Inject
    PatientDirectory patients;

    @Inject
    BookAppointment booking;

    @Inject
    BookingViews views;

    @Inject
    AuditTrail audit;


    @Inject
    Clock clock;

    public WaitingEntry refer(UUID patientId, String serviceText, String referralDateText, String priorityText) {
        InputCheck check = new InputCheck();
        String service = check.field("service", () -> InputCheck.text("Service", serviceText, 80, true));
        LocalDate date = check.field("referralDate", () -> org.openepr.clinics.domain.SessionPattern.date("Referral date", referralDateText, true));
        Referral.Priority priority = check.field("priority", () -> priority(priorityText));
        check.throwIfAny();
        var patient = patients.find(patientId).orElseThrow(() -> new BookingRuleException("patient", "No such patient"));
        LocalDate today = LocalDate.now(clock);
        Referral r = new Referral(UUID.randomUUID(), patient.id(), service, date, priority, today);
        referrals.add(r);
        audit.record(ClinicAudit.REFERRAL_ADDED, r.id(), patient.id(), "referral=" + r.id() + " service=" + service + " priority=" + priority);
        return WaitingEntry.of(r, patient, today);
    }

    @ReadsOnly
    public List<WaitingEntry> waiting(String service) {
        LocalDate today = LocalDate.now(clock);
        var list = referrals.waiting(service == null || service.isBlank() ? null : service.strip());
        var people = patients.findAll(list.stream().map(Referral::patientId).distinct().toList());
        audit.record(ClinicAudit.WAITING_LIST_VIEWED, null, null, "service=" + service + " count=" + list.size());
        return list.stream()
                .sorted(Comparator.comparing(Referral::priority).thenComparing(Referral::referralDate))
                .map(r -> WaitingEntry.of(r, people.get(r.patientId()), today)).toList();
    }

    /** Books the referral's first appointment; the referral leaves the list and keeps the booking as its history. */
    public BookingView bookFromList(UUID referralId, UUID slotId, UUID bookingId) {
        Referral r = referrals.find(referralId).orElseThrow(() -> new RecordNotFoundException("referral"));
        String reason = r.kind() == Referral.Kind.FIRST ? "Referral to " + r.service() + " of " + UkDates.date(r.referralDate())
                : r.kind().label() + " due " + UkDates.date(r.dueDate());
        Booking b = booking.place(bookingId, slotId, r.patientId(), r.appointmentType().name(), reason, null);
        r.booked(b.id(), LocalDateTime.now(clock));
        audit.record(ClinicAudit.REFERRAL_BOOKED, r.id(), r.patientId(), "referral=" + r.id() + " booking=" + b.id());
        return views.of(b);
    }

    static Referral.Priority priority(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Priority is required (routine or urgent)");
        }
        try {
            return Referral.Priority.valueOf(text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Priority must be routine or urgent");
        }
    }
}
