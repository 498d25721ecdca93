package org.openepr.platform.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.openepr.platform.identity.OdsCode;

/**
 * {@code manifest.json}: what the export holds, to check it on arrival (and, later, on import): the trust, when it was
 * asked for (the Bulk Data {@code transactionTime}) and finished, and per file its type, module, count, bytes and
 * SHA-256.
 */
public final class ExportManifest {

    public static final String FORMAT = "openepr-trust-export/1";

    private ExportManifest() {
    }

    public static JsonObject of(OdsCode trust, ExportJobs.Status status, Instant finishedAt) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        long total = 0;
        for (ExportFile f : status.files()) {
            files.add(Json.createObjectBuilder().add("type", f.resourceType()).add("module", f.module()).add("file", f.fileName())
                    .add("count", f.written()).add("bytes", f.bytes()).add("sha256", f.sha256()));
            total += f.written();
        }
        ExportJob job = status.job();
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("fhirVersion", "4.0.1")
                .add("trust", trust.value())
                .add("job", job.id().toString())
                .add("requestedBy", job.requestedBy())
                .add("transactionTime", job.requestedAt().toString())
                .add("exportedAt", finishedAt.toString())
                .add("total", total)
                .add("files", files)
                .build();
    }
}
