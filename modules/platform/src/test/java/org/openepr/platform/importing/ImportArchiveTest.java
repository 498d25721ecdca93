package org.openepr.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.export.ExportManifest;

class ImportArchiveTest {

    private static final String PATIENTS = "{\"resourceType\":\"Patient\",\"id\":\"1\"}\n{\"resourceType\":\"Patient\",\"id\":\"2\"}\n";
    private static final String APPOINTMENTS = "{\"resourceType\":\"Appointment\",\"id\":\"7\"}\n";

    @TempDir
    Path dir;

    @Test
    void acceptsAnArchiveAsTheExportWroteIt() throws Exception {
        ImportArchive.Checked checked = ImportArchive.unpack(zip(manifest(Map.of()), files()), dir);
        assertEquals(3, checked.total());
        assertEquals(List.of("Patient.ndjson", "Appointment.ndjson"), checked.files().stream().map(ImportArchive.File::fileName).toList());
        assertEquals(2, checked.files().get(0).count());
        assertEquals(PATIENTS, Files.readString(checked.path(checked.files().get(0))));
    }

    @Test
    void refusesAFileWithOneByteChangedNamingIt() throws Exception {
        Map<String, String> files = files();
        files.put("Patient.ndjson", PATIENTS.replace("\"2\"", "\"3\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImportArchive.unpack(zip(manifest(Map.of()), files), dir));
        assertEquals("archive", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("tampered or incomplete: Patient.ndjson checksum does not match"), e.getMessage());
    }

    @Test
    void refusesAManifestCountChanged() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ImportArchive.unpack(zip(manifest(Map.of("Appointment.ndjson", 2L)), files()), dir));
        assertTrue(e.getMessage().contains("Appointment.ndjson holds 1 resources, the manifest says 2"), e.getMessage());
    }

    @Test
    void refusesAMissingFileAnExtraFileAndAWrongFormat() throws Exception {
        Map<String, String> missing = files();
        missing.remove("Appointment.ndjson");
        assertTrue(refusal(zipBytes(manifest(Map.of()), missing)).contains("Appointment.ndjson is missing"));

        Map<String, String> extra = files();
        extra.put("Observation.ndjson", "{}\n");
        assertTrue(refusal(zipBytes(manifest(Map.of()), extra)).contains("Observation.ndjson is not in the manifest"));

        String other = manifest(Map.of()).replace(ExportManifest.FORMAT, "someone-else/9");
        assertTrue(refusal(zipBytes(other, files())).contains("format \"someone-else/9\""));
    }

    @Test
    void refusesEntriesOutsideItsFolderAndWhatIsNotAZip() throws Exception {
        Map<String, String> files = files();
        files.put("../escape.ndjson", "{}\n");
        assertTrue(refusal(zipBytes(manifest(Map.of()), files)).contains("\"../escape.ndjson\", which an export never writes"));
        assertTrue(Files.notExists(dir.resolveSibling("escape.ndjson")));
        assertTrue(refusal("not a zip".getBytes(StandardCharsets.UTF_8)).contains("not a zip archive"));
    }

    private String refusal(byte[] zip) throws IOException {
        Path fresh = Files.createTempDirectory(dir, "x");
        return assertThrows(InvalidInputException.class, () -> ImportArchive.unpack(new ByteArrayInputStream(zip), fresh)).getMessage();
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Patient.ndjson", PATIENTS);
        files.put("Appointment.ndjson", APPOINTMENTS);
        return files;
    }

    /** The manifest of {@link #files()}, with some counts overridden. */
    private static String manifest(Map<String, Long> counts) throws Exception {
        JsonArrayBuilder list = Json.createArrayBuilder();
        long total = 0;
        for (Map.Entry<String, String> f : files().entrySet()) {
            byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
            long count = counts.getOrDefault(f.getKey(), f.getValue().lines().count());
            total += f.getValue().lines().count();
            list.add(Json.createObjectBuilder().add("type", f.getKey().replace(".ndjson", "")).add("module", "m")
                    .add("file", f.getKey()).add("count", count).add("bytes", bytes.length)
                    .add("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))));
        }
        return Json.createObjectBuilder().add("format", ExportManifest.FORMAT).add("total", total).add("files", list).build().toString();
    }

    private static ByteArrayInputStream zip(String manifest, Map<String, String> files) throws IOException {
        return new ByteArrayInputStream(zipBytes(manifest, files));
    }

    private static byte[] zipBytes(String manifest, Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
