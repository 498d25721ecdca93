package org.openepr.clinics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/** One occurrence of a template on a day: the clinic that runs on Tuesday 3 March, 09:00-12:00, with Dr Patel. */
@Entity
@Table(name = "clinic_session")
public class ClinicSession extends TrustOwned {

    public enum Status implements org.openepr.platform.text.Labelled {
        SCHEDULED("Scheduled"), CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Id
    private UUID id;

    @Column(name = "clinic_id")
    private UUID clinicId;

    @Column(name = "template_id")
    private UUID templateId;

    @Column(name = "session_date")
    private LocalDate date;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    private String clinician;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private int version;

    protected ClinicSession() {
    }

    public ClinicSession(UUID id, UUID clinicId, UUID templateId, LocalDate date, SessionPattern pattern) {
        this.id = id;
        this.clinicId = clinicId;
        this.templateId = templateId;
        this.date = date;
        this.startsAt = pattern.startsAt();
        this.endsAt = pattern.endsAt();
        this.clinician = pattern.clinician();
        this.status = Status.SCHEDULED;
    }

    /** A session another server held, taken back as it stood into an empty trust (an import). */
    public static ClinicSession restore(UUID id, UUID clinicId, UUID templateId, LocalDate date, LocalTime startsAt, LocalTime endsAt,
                                        String clinician, Status status, String cancelReason) {
        if (!endsAt.isAfter(startsAt)) {
            throw new BookingRuleException("endsAt", "A session ends after it starts");
        }
        ClinicSession s = new ClinicSession();
        s.id = id;
        s.clinicId = clinicId;
        s.templateId = templateId;
        s.date = date;
        s.startsAt = startsAt;
        s.endsAt = endsAt;
        s.clinician = clinician;
        s.status = status;
        s.cancelReason = cancelReason;
        return s;
    }

    /** The clinician is absent, the room flooded: the session will not run. Its patients are moved, not dropped. */
    public void cancel(String reason) {
        if (status == Status.CANCELLED) {
            throw new IllegalStateException("This session is already cancelled");
        }
        status = Status.CANCELLED;
        cancelReason = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID clinicId() {
        return clinicId;
    }

    public UUID templateId() {
        return templateId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public String clinician() {
        return clinician;
    }

    public Status status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
