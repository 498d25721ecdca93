package org.openepr.patients.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.persistence.TrustOwned;

/** A patient's NHS number was changed: the number it replaced, the new one, why, when and by whom. Kept for good. */
@Entity
@Table(name = "nhs_number_change")
public class NhsNumberChange extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "old_number")
    private String oldNumber;

    @Column(name = "new_number")
    private String newNumber;

    private String reason;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    protected NhsNumberChange() {
    }

    NhsNumberChange(UUID patientId, NhsNumber oldNumber, NhsNumber newNumber, String reason, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.oldNumber = oldNumber.value();
        this.newNumber = newNumber.value();
        this.reason = reason;
        this.changedAt = at;
        this.changedBy = by;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public NhsNumber oldNumber() { return NhsNumber.of(oldNumber); }
    public NhsNumber newNumber() { return NhsNumber.of(newNumber); }
    public String reason() { return reason; }
    public Instant changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }
}
