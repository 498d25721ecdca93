package org.openepr.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A finished export as one zip: the manifest and every NDJSON file, streamed from disk (no copy in memory). */
public final class ExportArchive {

    private ExportArchive() {
    }

    public static String fileName(ExportJob job) {
        return "openepr-export-" + job.id() + ".zip";
    }

    public static void write(ExportJobs.Status status, Path dir, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(ExportFolder.MANIFEST));
        Files.copy(dir.resolve(ExportFolder.MANIFEST), zip);
        zip.closeEntry();
        for (ExportFile f : status.files()) {
            zip.putNextEntry(new ZipEntry(f.fileName()));
            Files.copy(dir.resolve(f.fileName()), zip);
            zip.closeEntry();
        }
        zip.finish();
    }
}
