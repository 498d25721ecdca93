package org.openepr.platform.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.openepr.platform.identity.OdsCode;

/**
 * Where exports are written: {@code <root>/<trust>/<job id>/} with one {@code <Type>.ndjson} per resource type and
 * {@code manifest.json}. The root is the server variable {@code epr.export.root} (liberty-config/includes/export.xml),
 * by default under the server's output directory. The trust's part of the path comes from the job's trust, never from
 * a request.
 */
@ApplicationScoped
public class ExportFolder {

    public static final String MANIFEST = "manifest.json";

    @Resource(lookup = "epr/export/root")
    String root;

    public Path of(OdsCode trust, UUID jobId) {
        Path dir = Path.of(root).resolve(trust.value()).resolve(jobId.toString());
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("The export folder " + dir + " could not be made", e);
        }
    }

    /** Every export of the trust (not made if absent): what its erasure deletes. */
    public Path ofTrust(OdsCode trust) {
        return Path.of(root).resolve(trust.value());
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
