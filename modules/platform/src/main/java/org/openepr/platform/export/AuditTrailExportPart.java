package org.openepr.platform.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.openepr.platform.audit.AuditEvent;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.TrustContext;

/**
 * The trust's audit trail in its export, as FHIR AuditEvent: every line, with who (user id and name as the token
 * named them), when, from where, the action (our code and its words), the record acted on and the patient.
 */
@ApplicationScoped
public class AuditTrailExportPart implements ExportPart {

    public static final String ACTIONS = "https://openepr.org/fhir/CodeSystem/audit-action";
    public static final String STAFF = "https://openepr.org/fhir/Id/staff-user";

    @Inject
    AuditTrailForExport trail;

    @Inject
    TrustContext trustContext;

    @Override
    public String module() {
        return Access.PLATFORM;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("AuditEvent");
    }

    /** The trail is the trust's own from its first sign-in. */
    @Override
    public boolean holdsRecords(String resourceType) {
        return false;
    }

    @Override
    public long count(String resourceType) {
        return trail.count();
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        OdsCode trust = trustContext.requireTrust();
        return trail.after(afterKey, size).stream().map(a -> new Exported(a.id().toString(), toFhir(a, trust))).toList();
    }

    static org.hl7.fhir.r4.model.AuditEvent toFhir(AuditEvent a, OdsCode trust) {
        var e = new org.hl7.fhir.r4.model.AuditEvent();
        e.setId(a.id().toString());
        e.setType(new Coding(ACTIONS, a.action(), a.what().label()));
        e.setRecorded(Date.from(a.at()));
        e.setOutcome(AuditEventOutcome._0);
        AuditEventAgentComponent agent = e.addAgent().setRequestor(true);
        agent.setWho(new Reference().setIdentifier(new Identifier().setSystem(STAFF).setValue(a.actor())).setDisplay(a.actorName()));
        if (a.fromAddress() != null) {
            agent.getNetwork().setAddress(a.fromAddress()).setType(AuditEventAgentNetworkType._2);
        }
        e.getSource().setSite(trust.value()).setObserver(new Reference().setIdentifier(
                new Identifier().setSystem("https://fhir.nhs.uk/Id/ods-organization-code").setValue(trust.value())));
        if (a.resourceId() != null) {
            e.addEntity().setWhat(new Reference(a.resourceType() + "/" + a.resourceId())).setDescription(a.detail());
        } else if (a.detail() != null) {
            e.addEntity().setDescription(a.detail());
        }
        if (a.patientId() != null) {
            e.addEntity().setWhat(new Reference("Patient/" + a.patientId()))
                    .setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
        }
        return e;
    }
}
