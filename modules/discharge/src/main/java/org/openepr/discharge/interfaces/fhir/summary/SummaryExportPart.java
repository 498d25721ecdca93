package org.openepr.discharge.interfaces.fhir.summary;

import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.application.summary.SummariesForExport;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;
import org.openepr.platform.export.ExportPart;
import org.openepr.platform.fhir.FhirSupport;

/**
 * Discharge summaries in the whole-trust export: each summary's Composition as the API reads it, and each signed
 * version's document Bundle exactly as signed (the Bundles hold their own Composition and the signature's context). For the
 * import, the Composition carries the summary as the module keeps it (state, revision, the draft's text) and each
 * Bundle's meta its version as signed ({@link DischargeRecord}); the document itself is untouched.
 */
@ApplicationScoped
public class SummaryExportPart implements ExportPart {

    @Inject
    SummariesForExport summaries;

    @Inject
    FhirSupport fhir;

    @Override
    public String module() {
        return DischargeModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Composition", "Bundle");
    }

    @Override
    public long count(String resourceType) {
        return "Composition".equals(resourceType) ? summaries.countSummaries() : summaries.countDocuments();
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        IParser json = fhir.json();
        if ("Composition".equals(resourceType)) {
            return summaries.compositionsAfter(afterKey, size).stream().map(c -> {
                Composition composition = json.parseResource(Composition.class, c.composition().json());
                DischargeRecord.attach(composition, SummaryRecord.ofSummary(c.episodeId(), c.summary()));
                return new Exported(c.composition().id().toString(), composition);
            }).toList();
        }
        return summaries.documentsAfter(afterKey, size).stream().map(d -> {
            Bundle bundle = json.parseResource(Bundle.class, d.bundleJson());
            DischargeRecord.attach(bundle.getMeta(), SummaryRecord.ofVersion(d.summaryId(), d.version()));
            return new Exported(d.key(), bundle);
        }).toList();
    }
}
