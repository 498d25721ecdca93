package org.openepr.platform.importing;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.export.ExportFolder;
import org.openepr.platform.export.ExportManifest;

/**
 * A whole-trust export archive checked before anything of it is loaded: unpacked into a folder of its own, then every
 * file the manifest lists must be there with the manifest's byte length, SHA-256 and count of resources (lines), no
 * file may be there that the manifest does not list, and the format must be one this server reads. A refusal names
 * the file ("tampered or incomplete: Patient.ndjson checksum does not match"); the import writes nothing until the
 * archive has passed.
 */
public final class ImportArchive {

    /** The field a refusal is reported against (the upload on the admin page). */
    public static final String FIELD = "archive";

    /** Entry names as the export writes them: a plain file name, no folders, so nothing lands outside the folder. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}\\.(ndjson|json)");

    private ImportArchive() {
    }

    /** One file the manifest lists, checked. */
    public record File(String resourceType, String module, String fileName, long count) {
    }

    /** An archive that passed: its folder, manifest and files in the manifest's (the export's writing) order. */
    public record Checked(Path dir, JsonObject manifest, List<File> files, long total) {

        public Path path(File file) {
            return dir.resolve(file.fileName());
        }
    }

    /** Unpacks the zip into {@code dir} (which must be empty) and checks it. */
    public static Checked unpack(InputStream zip, Path dir) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (e.isDirectory() || !SAFE_NAME.matcher(name).matches()) {
                    throw refused("the archive holds " + quote(name) + ", which an export never writes");
                }
                if (!names.add(name)) {
                    throw refused("the archive holds " + name + " twice");
                }
                Files.copy(in, dir.resolve(name));
            }
        } catch (ZipException e) {
            throw refused("the file is not a zip archive an export wrote (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("The archive could not be unpacked into " + dir, e);
        }
        if (names.isEmpty()) {
            throw refused("the file is not a zip archive an export wrote (no entries)");
        }
        return check(dir);
    }

    /** Checks an unpacked archive against its manifest. */
    public static Checked check(Path dir) {
        Path manifestFile = dir.resolve(ExportFolder.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw refused("the archive has no " + ExportFolder.MANIFEST);
        }
        JsonObject manifest;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8))) {
            manifest = reader.readObject();
        } catch (JsonException | IOException | ClassCastException e) {
            throw refused(ExportFolder.MANIFEST + " is not a manifest an export wrote");
        }
        String format = manifest.getString("format", "");
        if (!ExportManifest.FORMAT.equals(format)) {
            throw refused(ExportFolder.MANIFEST + " is of format " + quote(format) + "; this server reads "
                    + ExportManifest.FORMAT);
        }
        List<File> files = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        long total = 0;
        try {
            for (JsonValue v : manifest.getJsonArray("files")) {
                JsonObject f = v.asJsonObject();
                File file = new File(f.getString("type"), f.getString("module"), f.getString("file"),
                        f.getJsonNumber("count").longValueExact());
                if (!SAFE_NAME.matcher(file.fileName()).matches() || !listed.add(file.fileName())) {
                    throw refused(ExportFolder.MANIFEST + " lists " + quote(file.fileName()) + ", which an export never writes");
                }
                checkFile(dir.resolve(file.fileName()), file, f.getJsonNumber("bytes").longValueExact(), f.getString("sha256"));
                files.add(file);
                total += file.count();
            }
            if (manifest.getJsonNumber("total").longValueExact() != total) {
                throw refused(ExportFolder.MANIFEST + " total " + manifest.getJsonNumber("total")
                        + " is not the sum of its files' counts (" + total + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NullPointerException | ClassCastException | ArithmeticException e) {
            throw refused(ExportFolder.MANIFEST + " is not a manifest an export wrote (a file's type, module, file, count, bytes or sha256 is missing)");
        }
        try (var present = Files.list(dir)) {
            for (Path p : (Iterable<Path>) present::iterator) {
                String name = p.getFileName().toString();
                if (!name.equals(ExportFolder.MANIFEST) && !listed.contains(name)) {
                    throw refused(name + " is not in the manifest");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Checked(dir, manifest, List.copyOf(files), total);
    }

    private static void checkFile(Path path, File file, long bytes, String sha256) throws IOException {
        String name = file.fileName();
        if (!Files.isRegularFile(path)) {
            throw refused(name + " is missing");
        }
        if (Files.size(path) != bytes) {
            throw refused(name + " has " + Files.size(path) + " bytes, the manifest says " + bytes);
        }
        if (!ExportFolder.sha256(path).equalsIgnoreCase(sha256)) {
            throw refused(name + " checksum does not match");
        }
        long lines = lines(path);
        if (lines != file.count()) {
            throw refused(name + " holds " + lines + " resources, the manifest says " + file.count());
        }
    }

    /** Resources in an NDJSON file: its non-empty lines. */
    static long lines(Path path) throws IOException {
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "\"";
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException(FIELD, "tampered or incomplete: " + why + "; nothing was imported");
    }
}
