package org.openepr.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.export.AuditTrailExportPart;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.security.Access;

/**
 * The source's audit trail, loaded after every record it names: each line as it was (who, when, from where, what,
 * the detail), with the record and the patient it names pointed at their new ids, and so are the ids its detail names
 * ({@code booking=<id> slot=<id>}). A record of a type this import did
 * not map (an export job, a type with no import part) keeps the id it had, as the trail's history.
 */
@ApplicationScoped
public class AuditTrailImportPart implements ImportPart {

    private static final String PATIENT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";

    @Inject
    AuditTrail trail;

    @Inject
    FhirSupport fhir;

    @Inject
    Instance<ImportPart> parts;

    @Override
    public String module() {
        return Access.PLATFORM;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("AuditEvent");
    }

    /** Every other part's types: the trail names records of every module. */
    @Override
    public Set<String> needsFirst() {
        Set<String> types = new HashSet<>();
        parts.stream().filter(p -> !(p instanceof AuditTrailImportPart)).forEach(p -> types.addAll(p.resourceTypes()));
        return types;
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        for (String line : lines) {
            AuditEvent e = parser.parseResource(AuditEvent.class, line);
            var agent = e.getAgentFirstRep();
            String resourceType_ = null;
            String resourceId = null;
            String detail = null;
            UUID patient = null;
            for (AuditEventEntityComponent entity : e.getEntity()) {
                boolean isPatient = entity.hasRole() && PATIENT_ROLE.equals(entity.getRole().getSystem());
                String ref = entity.hasWhat() ? entity.getWhat().getReference() : null;
                if (isPatient && ref != null) {
                    // a patient registered while the export ran may be in the trail and not in the patients' file
                    // (the trail is written last): the line is history all the same, and keeps the id it had
                    String old = ref.substring("Patient/".length());
                    patient = UUID.fromString(ids.find("Patient", old).orElse(old));
                } else {
                    detail = ids.remapIds(entity.getDescription());
                    if (ref != null) {
                        int slash = ref.indexOf('/');
                        resourceType_ = ref.substring(0, slash);
                        String old = ref.substring(slash + 1);
                        // a line may name a record by another type's id (slots made: the clinic's)
                        resourceId = ids.find(resourceType_, old).or(() -> ids.findAnyType(old)).orElse(old);
                    }
                }
            }
            String actionCode = e.getType().getSystem() != null && e.getType().getSystem().equals(AuditTrailExportPart.ACTIONS)
                    ? e.getType().getCode() : null;
            if (actionCode == null) {
                throw new IllegalArgumentException("AuditEvent/" + e.getIdElement().getIdPart() + " has no OpenEPR action code");
            }
            trail.recordImported(e.getRecorded().toInstant(), agent.getWho().getIdentifier().getValue(), agent.getWho().getDisplay(),
                    agent.getNetwork().getAddress(), actionCode, resourceType_, resourceId, patient, detail);
        }
        return lines.size();
    }
}
