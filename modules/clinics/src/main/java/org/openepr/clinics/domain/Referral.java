package org.openepr.clinics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.persistence.UuidConverter;

/** A referral waiting for its first appointment with a service. Waiting time counts from the referral date. */
@Entity
@Table(name = "referral")
public class Referral extends TrustOwned {

    public enum Priority { URGENT, ROUTINE }

    public enum Status { WAITING, BOOKED, REMOVED }

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    private String service;

    @Column(name = "referral_date")
    private LocalDate referralDate;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "booking_id")
    @Convert(converter = UuidConverter.class)
    private UUID bookingId;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    private int version;

    protected Referral() {
    }

    public Referral(UUID id, UUID patientId, String service, LocalDate referralDate, Priority priority, LocalDate today) {
        if (referralDate.isAfter(today)) {
            throw new BookingRuleException("referralDate", "Referral date cannot be in the future");
        }
        this.id = id;
        this.patientId = patientId;
        this.service = service;
        this.referralDate = referralDate;
        this.priority = priority;
        this.status = Status.WAITING;
    }

    /** Booked from the list: it leaves the list but keeps its history and the booking it led to. */
    public void booked(UUID booking, LocalDateTime at) {
        if (status != Status.WAITING) {
            throw new BookingRuleException("referral", "This referral is no longer waiting");
        }
        status = Status.BOOKED;
        bookingId = booking;
        closedAt = at;
    }

    public long daysWaited(LocalDate today) {
        return ChronoUnit.DAYS.between(referralDate, today);
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public String service() { return service; }
    public LocalDate referralDate() { return referralDate; }
    public Priority priority() { return priority; }
    public Status status() { return status; }
    public UUID bookingId() { return bookingId; }
}
