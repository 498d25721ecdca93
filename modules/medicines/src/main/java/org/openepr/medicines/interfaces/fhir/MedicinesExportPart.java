package org.openepr.medicines.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.application.MedicinesForExport;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.platform.export.ExportPart;

/**
 * The medicines' part of the whole-trust export: AllergyIntolerance, and every order both as the MedicationRequest and
 * as the MedicationStatement the API serves for it (same id). Each resource is as the API serves it, plus what an
 * import needs to put the record back as it stood ({@link MedicinesRecordExtensions}: an entry's end; an order's state,
 * every version and every pharmacy query), and the trust's formulary as MedicationKnowledge, one per product, keyed by
 * the product id ({@link FormularyKnowledge}). Medication is the shipped knowledge base, not the trust's data, so it
 * is not exported.
 */
@ApplicationScoped
public class MedicinesExportPart implements ExportPart {

    @Inject
    MedicinesForExport records;

    @Inject
    MedicinesFhirMapper mapper;

    @Override
    public String module() {
        return MedicinesModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("AllergyIntolerance", "MedicationRequest", "MedicationStatement", "MedicationKnowledge");
    }

    /** The formulary is the trust's set-up, not its records: a trust whose admin set one up is still empty for an import. */
    @Override
    public boolean holdsRecords(String resourceType) {
        return !"MedicationKnowledge".equals(resourceType);
    }

    @Override
    public long count(String resourceType) {
        return switch (resourceType) {
            case "AllergyIntolerance" -> records.count(AllergyEntry.class);
            case "MedicationKnowledge" -> records.formularyCount();
            default -> records.count(MedicationOrder.class);
        };
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return switch (resourceType) {
            case "AllergyIntolerance" -> records.allergiesAfter(afterKey, size).stream()
                    .map(a -> new Exported(a.id().toString(), MedicinesRecordExtensions.withEnd(mapper.allergy(a), a))).toList();
            case "MedicationRequest" -> records.orderRecordsAfter(afterKey, size).stream()
                    .map(o -> new Exported(o.order().id().toString(), MedicinesRecordExtensions.withHistory(mapper.request(o.order()), o)))
                    .toList();
            case "MedicationKnowledge" -> records.formularyAfter(afterKey, size).stream()
                    .map(f -> new Exported(f.productId(), FormularyKnowledge.of(f))).toList();
            default -> records.ordersAfter(afterKey, size).stream().map(o -> new Exported(o.id().toString(), mapper.statement(o))).toList();
        };
    }
}
