package org.openepr.medicines.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseVersion;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.screening.Finding;
import org.openepr.medicines.domain.screening.FindingKind;
import org.openepr.medicines.domain.screening.ScreeningResult;

/** A screening result as stored with the order version it was run for: JSON, so the pharmacist sees exactly what the prescriber saw. */
public final class ScreeningRecord {

    /** Looked up once: {@code Json.createReader} looks the provider up again on every call (a service-loader search). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ScreeningRecord() {
    }

    public static String write(ScreeningResult r) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("checked", r.checked());
        r.version().ifPresent(v -> o.add("kb", JSON.createObjectBuilder().add("name", v.name()).add("version", v.version())
                .add("issued", v.issued().toString())));
        var findings = JSON.createArrayBuilder();
        r.findings().forEach(f -> {
            var b = JSON.createObjectBuilder().add("kind", f.kind().name()).add("severity", f.severity().name()).add("summary", f.summary())
                    .add("evidence", f.evidence()).add("advice", f.advice() == null ? "" : f.advice());
            if (f.implicated() != null) {
                b.add("implicated", f.implicated());
            }
            findings.add(b);
        });
        var notChecked = JSON.createArrayBuilder();
        r.notChecked().forEach(notChecked::add);
        return o.add("findings", findings).add("notChecked", notChecked).build().toString();
    }

    /**
     * The same record with each finding's implicated record (another order, an allergy entry) named by its new id: an
     * import's ids are new, and a finding points at the record it was about.
     */
    public static String withImplicated(String json, java.util.function.UnaryOperator<String> newId) {
        ScreeningResult r = read(json);
        return write(new ScreeningResult(r.checked(), r.version(), r.findings().stream()
                .map(f -> f.implicated() == null ? f : new Finding(f.kind(), f.severity(), f.summary(), f.evidence(), f.advice(),
                        newId.apply(f.implicated()))).toList(), r.notChecked()));
    }

    public static ScreeningResult read(String json) {
        JsonObject o;
        try (var reader = JSON.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        Optional<KnowledgeBaseVersion> version = o.containsKey("kb") ? Optional.of(new KnowledgeBaseVersion(o.getJsonObject("kb").getString("name"),
                o.getJsonObject("kb").getString("version"), LocalDate.parse(o.getJsonObject("kb").getString("issued")))) : Optional.empty();
        JsonArray findings = o.getJsonArray("findings");
        return new ScreeningResult(o.getBoolean("checked"), version, findings.stream().map(JsonValue::asJsonObject)
                .map(f -> new Finding(FindingKind.valueOf(f.getString("kind")), Severity.valueOf(f.getString("severity")), f.getString("summary"),
                        f.getString("evidence"), f.getString("advice"), f.getString("implicated", null))).toList(),
                o.getJsonArray("notChecked").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }
}
