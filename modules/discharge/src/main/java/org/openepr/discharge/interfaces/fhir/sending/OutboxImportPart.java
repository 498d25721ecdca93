package org.openepr.discharge.interfaces.fhir.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Task;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.application.sending.DispatchesFromImport;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.importing.IdMap;
import org.openepr.platform.importing.ImportPart;

/**
 * The outbox in an import: each Task's letter as the module kept it, its summary version and patient through the id
 * map. Loaded as history, never due ({@link DispatchesFromImport}): nothing is sent to a GP by the import.
 */
@ApplicationScoped
public class OutboxImportPart implements ImportPart {

    /** The resource type of the outbox's lines in the audit trail (SendingAudit). */
    static final String AUDITED_AS = "DischargeSummaryDispatch";

    @Inject
    DispatchesFromImport dispatches;

    @Inject
    FhirSupport fhir;

    @Override
    public String module() {
        return DischargeModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Task");
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of("Patient", "Composition", "Bundle");
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        for (String line : lines) {
            Task t = parser.parseResource(Task.class, line);
            String focus = t.getFocus().getReference(); // Composition/<summary>/_history/<version>
            UUID summary = UUID.fromString(ids.reference(focus).substring("Composition/".length()));
            UUID patient = UUID.fromString(ids.reference(t.getFor().getReference()).substring("Patient/".length()));
            UUID made = dispatches.add(summary, patient, DischargeRecord.read(Dispatch.Imported.class, DischargeRecord.of(t)));
            ids.put("Task", t.getIdElement().getIdPart(), made.toString());
            ids.put(AUDITED_AS, t.getIdElement().getIdPart(), made.toString()); // the trail names a letter by this type
        }
        return lines.size();
    }
}
