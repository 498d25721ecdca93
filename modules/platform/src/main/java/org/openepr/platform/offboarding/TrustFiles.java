package org.openepr.platform.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openepr.platform.export.ExportFolder;
import org.openepr.platform.importing.ImportFolder;
import org.openepr.platform.identity.OdsCode;

/**
 * A leaving trust's files on disk: its exports ({@link ExportFolder}) and unpacked imports ({@link ImportFolder}), each
 * under a folder named by its ODS code. The erasure deletes both trees and counts what it deleted for the certificate.
 */
@ApplicationScoped
class TrustFiles {

    /** What one deletion removed. */
    record Deleted(long files, long bytes) {
    }

    @Inject
    ExportFolder exports;

    @Inject
    ImportFolder imports;

    Deleted delete(OdsCode trust) {
        long files = 0;
        long bytes = 0;
        for (Path root : List.of(exports.ofTrust(trust), imports.ofTrust(trust))) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    if (Files.isRegularFile(p)) {
                        bytes += Files.size(p);
                        files++;
                    }
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The files of trust " + trust + " under " + root + " could not all be deleted", e);
            }
        }
        return new Deleted(files, bytes);
    }
}
