package org.openepr.discharge.interfaces.fhir.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.Task;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.application.sending.DispatchesForExport;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;
import org.openepr.platform.export.ExportPart;

/** The outbox's part of the whole-trust export: every dispatch of a signed summary as the API's Task,
 * with the outbox row as the module keeps it (attempts, times, how it was handled) for the import ({@link DischargeRecord}). */
@ApplicationScoped
public class OutboxExportPart implements ExportPart {

    @Inject
    DispatchesForExport dispatches;

    @Override
    public String module() {
        return DischargeModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Task");
    }

    @Override
    public long count(String resourceType) {
        return dispatches.count();
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return dispatches.after(afterKey, size).stream().map(d -> {
            Task task = OutboxTaskResource.task(d);
            DischargeRecord.attach(task, DischargeRecord.write(d.toImported()));
            return new Exported(d.id().toString(), task);
        }).toList();
    }
}
