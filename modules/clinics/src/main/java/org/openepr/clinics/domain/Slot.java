package org.openepr.clinics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * A bookable time in a session. {@code booked} counts the bookings that hold a place in it; the database
 * keeps that count itself (a trigger on booking) and refuses any change that would exceed the capacity,
 * so no amount of concurrent booking can overfill a slot. Clinic, clinician and service are copied from
 * the session so free slots can be searched without joins.
 */
@Entity
@Table(name = "slot")
public class Slot extends TrustOwned {

    /** The database's names for the capacity rule it enforces (db/clinics): full, or not open for booking. */
    public static final String NOT_OVERBOOKED = "slot_not_overbooked";
    public static final String AVAILABLE = "slot_available";

    public enum Status { AVAILABLE, CANCELLED }

    @Id
    private UUID id;

    @Column(name = "clinic_id")
    private UUID clinicId;

    @Column(name = "session_id")
    private UUID sessionId;

    private String clinician;

    private String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_type")
    private AppointmentType type;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    private int capacity;

    /** Maintained by the database (see V1_1 migration); read-only here. */
    @Column(insertable = false, updatable = false)
    private int booked;

    @Enumerated(EnumType.STRING)
    private Status status;

    protected Slot() {
    }

    public Slot(UUID id, ClinicSession session, Clinic clinic, SessionPattern pattern, LocalDateTime startsAt) {
        this.id = id;
        this.clinicId = clinic.id();
        this.sessionId = session.id();
        this.clinician = pattern.clinician();
        this.service = clinic.service();
        this.type = pattern.type();
        this.startsAt = startsAt;
        this.endsAt = startsAt.plusMinutes(pattern.slotMinutes());
        this.capacity = pattern.capacity();
        this.status = Status.AVAILABLE;
    }

    /** A slot another server made, taken back as it stood into an empty trust (an import); bookings count again. */
    public static Slot restore(UUID id, UUID sessionId, Clinic clinic, String clinician, AppointmentType type,
                               LocalDateTime startsAt, LocalDateTime endsAt, int capacity, Status status) {
        if (!endsAt.isAfter(startsAt)) {
            throw new BookingRuleException("slot", "A slot ends after it starts");
        }
        if (capacity < 1 || capacity > SessionTemplate.MAX_CAPACITY) {
            throw new BookingRuleException("capacity", "Slot capacity must be between 1 and " + SessionTemplate.MAX_CAPACITY);
        }
        Slot s = new Slot();
        s.id = id;
        s.clinicId = clinic.id();
        s.sessionId = sessionId;
        s.clinician = clinician;
        s.service = clinic.service();
        s.type = type;
        s.startsAt = startsAt;
        s.endsAt = endsAt;
        s.capacity = capacity;
        s.status = status;
        return s;
    }

    /**
     * Opens a cancelled slot again, for an import only: a patient who was seen before the session was cancelled still
     * holds their place, and the database counts places only in an open slot, so the import opens it for that booking
     * and cancels it again.
     */
    public void reopenForRestore() {
        status = Status.AVAILABLE;
    }

    public void cancel() {
        status = Status.CANCELLED;
    }

    public boolean isFree() {
        return status == Status.AVAILABLE && booked < capacity;
    }

    public boolean hasStartedBy(LocalDateTime now) {
        return !now.isBefore(startsAt);
    }

    public UUID id() {
        return id;
    }

    public UUID clinicId() {
        return clinicId;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public String clinician() {
        return clinician;
    }

    public String service() {
        return service;
    }

    public AppointmentType type() {
        return type;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public int capacity() {
        return capacity;
    }

    public int booked() {
        return booked;
    }

    public Status status() {
        return status;
    }
}
