package org.openepr.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.Uuids;
import org.openepr.platform.trust.Caller;

/**
 * One line of the hosting operator's audit trail: who did what to which trust, when and from where. The
 * operator works outside every trust, so these lines are the instance's, not a trust's; the trust acted on is
 * their subject. Append-only for the application's database role.
 */
@Entity
@Table(name = "operator_audit")
public class OperatorAuditEvent {

    @Id
    private UUID id;

    private Instant at;

    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "subject_trust")
    private String subjectTrust;

    private String action;

    @Column(name = "resource_type")
    private String resourceType;

    private String detail;

    @Column(name = "from_address")
    private String fromAddress;

    protected OperatorAuditEvent() {
    }

    OperatorAuditEvent(Caller caller, AuditedAction action, OdsCode subject, String detail, Instant at) {
        this.id = Uuids.timeOrdered(at.toEpochMilli());
        this.at = at;
        this.actor = caller.userId();
        this.actorName = caller.displayName();
        this.fromAddress = caller.fromAddress();
        this.subjectTrust = subject == null ? null : subject.value(); // null: the instance as a whole
        this.action = action.name();
        this.resourceType = action.resourceType();
        this.detail = detail;
    }

    public UUID id() { return id; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String actorName() { return actorName; }
    public String subjectTrust() { return subjectTrust; }
    public String action() { return action; }
    public AuditActionName what() { return new AuditActionName(action); }
    public String resourceType() { return resourceType; }
    public String detail() { return detail; }
    public String fromAddress() { return fromAddress; }
}
