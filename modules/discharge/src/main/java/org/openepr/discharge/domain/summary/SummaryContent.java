package org.openepr.discharge.domain.summary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a discharge summary says under each heading, as typed: plain text kept exactly (screens and documents escape
 * it), at most {@link #HEADING_MAX} characters a heading, no control characters but line breaks and tabs. A heading
 * left empty is "" (never null). Saved and sent by the editor as one JSON object of heading code to text.
 */
public final class SummaryContent {

    public static final int HEADING_MAX = 20_000;
    /** Every heading at its longest, as the editor sends it (JSON escapes aside). */
    public static final int MAX_LENGTH = HEADING_MAX * Heading.values().length + 2_000;

    private final Map<Heading, String> text;

    private SummaryContent(Map<Heading, String> text) {
        EnumMap<Heading, String> all = new EnumMap<>(Heading.class);
        for (Heading h : Heading.values()) {
            all.put(h, text.getOrDefault(h, ""));
        }
        this.text = Collections.unmodifiableMap(all);
    }

    public static SummaryContent of(Map<Heading, String> text) {
        text.forEach(SummaryContent::check);
        return new SummaryContent(text);
    }

    /** The editor's JSON object (heading code → text): an unknown heading, a non-text value or a bad text is refused, naming it. */
    public static SummaryContent parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("The summary's headings are missing");
        }
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("The summary's headings were not understood (not a JSON object of heading to text)");
        }
        EnumMap<Heading, String> text = new EnumMap<>(Heading.class);
        for (var entry : object.entrySet()) {
            Heading heading = Heading.ofCode(entry.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("There is no heading " + shortened(entry.getKey()) + " in a discharge summary"));
            if (entry.getValue().getValueType() != JsonValue.ValueType.STRING) {
                throw new IllegalArgumentException(heading.label() + " must be text");
            }
            text.put(heading, object.getString(entry.getKey()));
        }
        return of(text);
    }

    private static void check(Heading heading, String value) {
        if (value == null) {
            throw new IllegalArgumentException(heading.label() + " is missing");
        }
        if (value.length() > HEADING_MAX) {
            throw new IllegalArgumentException(heading.label() + " must be at most " + String.format("%,d", HEADING_MAX) + " characters (it has "
                    + String.format("%,d", value.length()) + ")");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException(heading.label() + " must not contain control characters");
        }
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    public String of(Heading heading) {
        return text.get(heading);
    }

    public boolean isEmpty(Heading heading) {
        return text.get(heading).isBlank();
    }

    /** Mandatory headings with nothing under them, in the summary's order: what must be added before signing. */
    public List<Heading> emptyMandatory() {
        return text.keySet().stream().filter(Heading::isMandatory).filter(this::isEmpty).toList();
    }

    public SummaryContent with(Heading heading, String value) {
        EnumMap<Heading, String> changed = new EnumMap<>(text);
        changed.put(heading, value);
        return of(changed);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text.forEach((h, v) -> json.add(h.code(), v));
        return json.build().toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryContent other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
