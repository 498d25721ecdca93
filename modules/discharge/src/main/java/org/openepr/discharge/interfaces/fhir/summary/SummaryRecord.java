package org.openepr.discharge.interfaces.fhir.summary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;

/**
 * A summary as the module keeps it, in the export: on its Composition the summary (its episode, state, revision and
 * text: a correction being drafted is not in the Composition, which shows the last signed version), on each document
 * Bundle's meta the version as signed (which summary, its number, what it replaces, its text, who signed and when).
 */
final class SummaryRecord {

    private SummaryRecord() {
    }

    static JsonObject ofSummary(UUID episodeId, DischargeSummary.Imported summary) {
        return Json.createObjectBuilder().add("episodeId", episodeId.toString()).add("summary", DischargeRecord.write(summary)).build();
    }

    static JsonObject ofVersion(UUID summaryId, SummaryVersion.Imported version) {
        return Json.createObjectBuilder().add("summaryId", summaryId.toString()).add("version", DischargeRecord.write(version)).build();
    }
}
