package org.openepr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * One operation's measured response times (ms) and errors, kept by the simulations for every request in the
 * measured window; {@link #summary} gives count, errors and nearest-rank percentiles as properties lines.
 */
final class Measured {

    private int[] times = new int[4096];
    private int count;
    private long requests;
    private long errors;

    synchronized void add(Integer millis, boolean ok) {
        requests++;
        if (millis != null) {
            if (count == times.length) {
                times = Arrays.copyOf(times, count * 2);
            }
            times[count++] = millis;
        }
        if (!ok) {
            errors++;
        }
    }

    /** {@code <key>.requests, .errors, .p50, .p95, .p99, .max, .mean} lines. */
    synchronized String summary(String key) {
        int[] sorted = Arrays.copyOf(times, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%1$s.requests=%2$d%n%1$s.errors=%3$d%n%1$s.p50=%4$d%n%1$s.p95=%5$d%n%1$s.p99=%6$d%n%1$s.max=%7$d%n%1$s.mean=%8$.1f%n",
                key, requests, errors, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted.length == 0 ? -1 : sorted[sorted.length - 1], mean);
    }

    /** Nearest-rank percentile. */
    private static int rank(int[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Property key of an operation: its name in lower case with non-letters as dashes. */
    static String key(String operation) {
        return operation.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
    }

    /** Writes a simulation's results file into {@code bench.dir}. */
    static Path write(String fileName, CharSequence content) {
        Path file = Path.of(BenchConfig.string("dir", "target/bench"), fileName);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
