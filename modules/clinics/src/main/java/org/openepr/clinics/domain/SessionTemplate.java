package org.openepr.clinics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A clinic's repeating session: every given weekday between two dates, from a start to an end time,
 * cut into slots of a fixed length, each taking one patient (individual) or several (group).
 */
@Entity
@Table(name = "session_template")
public class SessionTemplate extends org.openepr.platform.persistence.TrustOwned {

    public static final int MAX_CAPACITY = 50;

    @Id
    private UUID id;

    @Column(name = "clinic_id")
    private UUID clinicId;

    @Enumerated(EnumType.STRING)
    private DayOfWeek weekday;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Column(name = "slot_minutes")
    private int slotMinutes;

    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_type")
    private AppointmentType appointmentType;

    private String clinician;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    /** Last day the template applies; null while it has no end. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected SessionTemplate() {
    }

    public SessionTemplate(UUID id, UUID clinicId, SessionPattern pattern) {
        this.id = id;
        this.clinicId = clinicId;
        this.weekday = pattern.weekday();
        this.startsAt = pattern.startsAt();
        this.endsAt = pattern.endsAt();
        this.slotMinutes = pattern.slotMinutes();
        this.capacity = pattern.capacity();
        this.appointmentType = pattern.type();
        this.clinician = pattern.clinician();
        this.effectiveFrom = pattern.effectiveFrom();
        this.effectiveTo = pattern.effectiveTo();
    }

    public SessionPattern pattern() {
        return new SessionPattern(weekday, startsAt, endsAt, slotMinutes, capacity, appointmentType, clinician, effectiveFrom, effectiveTo);
    }

    public UUID id() {
        return id;
    }

    public UUID clinicId() {
        return clinicId;
    }

    public boolean overlaps(SessionPattern other) {
        return pattern().overlaps(other);
    }

    /** Minutes a session of this template lasts. */
    public long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }
}
