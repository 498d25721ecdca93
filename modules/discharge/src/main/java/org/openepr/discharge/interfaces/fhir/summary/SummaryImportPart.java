package org.openepr.discharge.interfaces.fhir.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.application.summary.SummariesFromImport;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.importing.IdMap;
import org.openepr.platform.importing.ImportPart;
import org.openepr.platform.trust.TrustContext;

/**
 * Discharge summaries in an import: each Composition's summary as the module kept it (its episode and patient through
 * the id map), then each signed version with its document Bundle as it was sent ({@link SentDocument}: only the ids it
 * names and the sending trust's code are the new ones).
 */
@ApplicationScoped
public class SummaryImportPart implements ImportPart {

    @Inject
    SummariesFromImport summaries;

    @Inject
    FhirSupport fhir;

    @Inject
    TrustContext trust;

    @Override
    public String module() {
        return DischargeModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Composition", "Bundle");
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of("Patient", "EpisodeOfCare");
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        for (String line : lines) {
            if ("Composition".equals(resourceType)) {
                Composition c = parser.parseResource(Composition.class, line);
                JsonObject record = DischargeRecord.of(c);
                UUID patient = UUID.fromString(ids.reference(c.getSubject().getReference()).substring("Patient/".length()));
                UUID episode = UUID.fromString(ids.require("EpisodeOfCare", record.getString("episodeId")));
                UUID made = summaries.add(patient, episode, DischargeRecord.read(DischargeSummary.Imported.class, record.getJsonObject("summary")));
                ids.put("Composition", c.getIdElement().getIdPart(), made.toString());
            } else {
                Bundle b = parser.parseResource(Bundle.class, line);
                JsonObject record = DischargeRecord.of(b.getMeta(), "Bundle");
                String oldSummary = record.getString("summaryId");
                UUID summary = UUID.fromString(ids.require("Composition", oldSummary));
                String oldBundle = b.getIdElement().getIdPart();
                UUID bundle = UUID.randomUUID();
                ids.put("Bundle", oldBundle, bundle.toString());
                String document = SentDocument.asImported(parser, b, ids, trust.requireTrust().value());
                summaries.addVersion(summary, bundle, document, DischargeRecord.read(SummaryVersion.Imported.class, record.getJsonObject("version")));
            }
        }
        return lines.size();
    }
}
