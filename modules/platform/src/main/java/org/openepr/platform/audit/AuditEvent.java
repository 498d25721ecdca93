package org.openepr.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.persistence.UuidConverter;
import org.openepr.platform.persistence.Uuids;
import org.openepr.platform.trust.Caller;

/**
 * One line of the audit trail: who, in which trust, did what to which patient, when and from where.
 * Append-only: the application's database role may insert and read these rows, never change them.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TrustOwned {

    @Id
    private UUID id;

    private Instant at;

    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "patient_id")
    @Convert(converter = UuidConverter.class)
    private UUID patientId;

    private String action;

    @Column(name = "resource_type")
    private String resourceType;

    @Column(name = "resource_id")
    private String resourceId;

    private String detail;

    @Column(name = "from_address")
    private String fromAddress;

    protected AuditEvent() {
    }

    AuditEvent(Caller caller, AuditedAction action, String resourceId, UUID patientId, String detail, Instant at) {
        this.id = Uuids.timeOrdered(at.toEpochMilli());
        this.at = at;
        this.actor = caller.userId();
        this.actorName = caller.displayName();
        this.fromAddress = caller.fromAddress();
        this.action = action.name();
        this.resourceType = action.resourceType();
        this.resourceId = resourceId;
        this.patientId = patientId;
        this.detail = detail;
    }

    public UUID id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public UUID patientId() {
        return patientId;
    }

    public String action() {
        return action;
    }

    public String resourceType() {
        return resourceType;
    }

    public String resourceId() {
        return resourceId;
    }

    public String detail() {
        return detail;
    }

    public String fromAddress() {
        return fromAddress;
    }
}
