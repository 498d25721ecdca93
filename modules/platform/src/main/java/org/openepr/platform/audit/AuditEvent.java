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

/**
 * One line of the audit trail: who, in which trust, did what to which patient, when and from where.
 * Append-only: the application's database role may insert and read these rows, never change them. Written by
 * {@link AuditTrail#record} (plain JDBC in the caller's transaction); this entity is the reading side.
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

    /** The action in words for screens. */
    public AuditActionName what() {
        return new AuditActionName(action);
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
