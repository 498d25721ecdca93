package org.openepr.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An export as the server wrote it on disk (the test server's export root), read back for checking. */
final class ExportFiles {

    static final Path ROOT = Path.of(System.getProperty("epr.server.dir", "target/liberty/wlp/usr/servers/epr-test")).resolve("exports");
    private static final Pattern ID = Pattern.compile("^\\{\"resourceType\":\"([A-Za-z]+)\",\"id\":\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile(
            "\"reference\":\"(Patient|Schedule|Slot|Appointment|EpisodeOfCare|Encounter|Composition|Condition|Observation)/([0-9a-f-]{36})");

    private ExportFiles() {
    }

    static Path dir(String trust, String job) {
        return ROOT.resolve(trust).resolve(job);
    }

    static JsonObject manifest(Path dir) throws IOException {
        return Json.createReader(new StringReader(Files.readString(dir.resolve("manifest.json")))).readObject();
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The ids in one NDJSON text, checked to be of the file's type and each there once. */
    static List<String> ids(String type, String ndjson) {
        List<String> ids = ndjson.lines().map(line -> {
            Matcher m = ID.matcher(line);
            assertTrue(m.find(), "a " + type + " resource with an id: " + line.substring(0, Math.min(120, line.length())));
            assertEquals(type, m.group(1), "the file of " + type + " holds only " + type);
            return m.group(2);
        }).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), type + ": every resource exactly once");
        return ids;
    }

    /** Every reference to a type the export holds (by id) names a resource that is in the export. Returns how many were checked. */
    static int checkReferences(Map<String, String> filesByType) {
        Map<String, Set<String>> ids = new HashMap<>();
        filesByType.forEach((type, text) -> ids.put(type, new HashSet<>(ids(type, text))));
        int checked = 0;
        for (var file : filesByType.entrySet()) {
            if (file.getKey().equals("AuditEvent") || file.getKey().equals("Bundle")) {
                continue; // audit lines name records as they were acted on; a signed document keeps its own references
            }
            Matcher m = REFERENCE.matcher(file.getValue());
            while (m.find()) {
                Set<String> known = ids.getOrDefault(m.group(1), Set.of());
                assertTrue(known.contains(m.group(2)), file.getKey() + " refers to " + m.group(1) + "/" + m.group(2) + ", not in the export");
                checked++;
            }
        }
        return checked;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
