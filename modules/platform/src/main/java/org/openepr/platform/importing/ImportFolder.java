package org.openepr.platform.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.openepr.platform.identity.OdsCode;

/**
 * Where an uploaded archive is unpacked: {@code <export root>/imports/<trust>/<job id>/}, under the same server
 * variable as exports ({@code epr.export.root}). The trust's part comes from the caller's trust, never from a request.
 */
@ApplicationScoped
public class ImportFolder {

    @Resource(lookup = "epr/export/root")
    String root;

    public Path of(OdsCode trust, UUID jobId) {
        Path dir = Path.of(root).resolve("imports").resolve(trust.value()).resolve(jobId.toString());
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("The import folder " + dir + " could not be made", e);
        }
    }

    /** Every unpacked import of the trust (not made if absent): what its erasure deletes. */
    public Path ofTrust(OdsCode trust) {
        return Path.of(root).resolve("imports").resolve(trust.value());
    }

    /** A refused archive leaves nothing behind. */
    public static void remove(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
