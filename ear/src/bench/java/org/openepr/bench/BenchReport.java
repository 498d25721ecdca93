package org.openepr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Summarises a benchmark run: per operation p50/p95/p99 latency, throughput and errors from the
 * {@code results.properties} the simulation wrote (measured requests only, not the warm-up), the server's
 * memory from the samples run-bench.sh took, and the machine. Prints a table and writes
 * {@code summary.md} beside the samples.
 * <pre>  BenchReport &lt;gatling results dir of the run&gt; &lt;bench dir&gt;</pre>
 */
public final class BenchReport {

    private record Op(String name, long requests, long errors, double p50, double p95, double p99, double max, double target) {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path benchDir = Path.of(args[1]);
        Properties measured = new Properties();
        try (var in = Files.newBufferedReader(benchDir.resolve("results.properties"))) {
            measured.load(in);
        }
        int duration = Integer.parseInt(measured.getProperty("measured.seconds"));
        String[][] operations = {
            {PatientIndexSimulation.SEARCH_NHS, "50"}, {PatientIndexSimulation.SEARCH_NAME, "50"},
            {PatientIndexSimulation.BANNER, "50"}, {PatientIndexSimulation.REGISTER, "100"}};
        List<Op> ops = new ArrayList<>();
        for (String[] o : operations) {
            String k = PatientIndexSimulation.key(o[0]) + ".";
            ops.add(new Op(o[0], Long.parseLong(measured.getProperty(k + "requests", "0")), Long.parseLong(measured.getProperty(k + "errors", "0")),
                    Double.parseDouble(measured.getProperty(k + "p50", "-1")), Double.parseDouble(measured.getProperty(k + "p95", "-1")),
                    Double.parseDouble(measured.getProperty(k + "p99", "-1")), Double.parseDouble(measured.getProperty(k + "max", "-1")),
                    Double.parseDouble(o[1])));
        }

        Memory memory = Memory.read(benchDir);
        StringBuilder md = new StringBuilder();
        md.append("| operation | requests | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors | p95 target |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        long total = 0;
        long errors = 0;
        boolean allMet = true;
        for (Op op : ops) {
            boolean met = op.requests() > 0 && op.p95() < op.target() && op.errors() == 0;
            allMet &= met;
            total += op.requests();
            errors += op.errors();
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.0f | %.0f | %.0f | %.0f | %d | < %.0f ms: %s |%n", op.name(), op.requests(),
                    op.requests() / (double) duration, op.p50(), op.p95(), op.p99(), op.max(), op.errors(), op.target(), met ? "met" : "MISSED"));
        }
        md.append(String.format(Locale.ROOT, "| **all operations** | %,d | %.1f | | | | | %d | |%n", total, total / (double) duration, errors));
        md.append('\n');
        md.append(String.format(Locale.ROOT, "Measured window %d s, after %s s of warm-up at the same load (not in the table).%n",
                duration, BenchConfig.string("warmup", "120")));
        md.append(String.format(Locale.ROOT, "Load: %s virtual users over %s trusts, think time %s-%s ms; mix 35%% / 25%% / 30%% / 10%%.%n",
                BenchConfig.string("users", "60"), BenchConfig.string("trusts", "30"),
                BenchConfig.string("pause.min.ms", "200"), BenchConfig.string("pause.max.ms", "600")));
        md.append('\n').append(memory.markdown()).append('\n').append(machine());

        String summary = md.toString();
        Files.writeString(benchDir.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(summary);
        System.out.println(allMet ? "[bench] every target met (p95 and zero errors)" : "[bench] at least one target was MISSED (see the table)");
        System.out.println("[bench] Gatling report: " + results.resolve("index.html"));
        System.out.println("[bench] this summary: " + benchDir.resolve("summary.md"));
    }

    /** The server's memory: VmHWM/VmRSS at the end, RSS and heap sampled every 2 s during the run. */
    private record Memory(String hwm, String rssAtEnd, long peakSampledRssKb, long peakHeapUsedKb, long peakHeapCommittedKb,
                          long youngGcs, long fullGcs, double gcSeconds, String maxHeap) {

        static Memory read(Path dir) throws IOException {
            String hwm = "?";
            String rss = "?";
            Path status = dir.resolve("liberty-status.txt");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        hwm = line.substring(6).strip();
                    } else if (line.startsWith("VmRSS:")) {
                        rss = line.substring(6).strip();
                    }
                }
            }
            long peakRss = 0;
            Path rssLog = dir.resolve("rss.csv");
            if (Files.exists(rssLog)) {
                for (String line : Files.readAllLines(rssLog)) {
                    String[] p = line.split(",");
                    if (p.length == 2 && !p[1].isBlank()) {
                        peakRss = Math.max(peakRss, Long.parseLong(p[1].strip()));
                    }
                }
            }
            long used = 0;
            long committed = 0;
            long[] firstGc = null;
            long[] lastGc = null;
            double gcFirst = 0;
            double gcLast = 0;
            Path heap = dir.resolve("heap.txt");
            if (Files.exists(heap)) {
                List<String> header = null;
                for (String line : Files.readAllLines(heap)) {
                    String[] cells = line.strip().split("\\s+");
                    if (cells.length < 10) {
                        continue;
                    }
                    if (cells[0].equals("Timestamp")) {
                        header = Arrays.asList(cells);
                        continue;
                    }
                    if (header == null) {
                        continue;
                    }
                    List<String> h = header;
                    java.util.function.ToDoubleFunction<String> col = name -> {
                        int i = h.indexOf(name);
                        return i < 0 || i >= cells.length || cells[i].equals("-") ? 0 : Double.parseDouble(cells[i]);
                    };
                    used = Math.max(used, (long) (col.applyAsDouble("S0U") + col.applyAsDouble("S1U") + col.applyAsDouble("EU") + col.applyAsDouble("OU")));
                    committed = Math.max(committed, (long) (col.applyAsDouble("S0C") + col.applyAsDouble("S1C") + col.applyAsDouble("EC") + col.applyAsDouble("OC")));
                    long[] gc = {(long) col.applyAsDouble("YGC"), (long) col.applyAsDouble("FGC")};
                    if (firstGc == null) {
                        firstGc = gc;
                        gcFirst = col.applyAsDouble("GCT");
                    }
                    lastGc = gc;
                    gcLast = col.applyAsDouble("GCT");
                }
            }
            String maxHeap = "?";
            Path flags = dir.resolve("liberty-vm-flags.txt");
            if (Files.exists(flags)) {
                var m = java.util.regex.Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(Files.readString(flags));
                if (m.find()) {
                    maxHeap = String.format(Locale.ROOT, "%.0f MB", Long.parseLong(m.group(1)) / 1024.0 / 1024.0);
                }
            }
            return new Memory(hwm, rss, peakRss, used, committed,
                    lastGc == null ? 0 : lastGc[0] - firstGc[0], lastGc == null ? 0 : lastGc[1] - firstGc[1], gcLast - gcFirst, maxHeap);
        }

        String markdown() {
            return String.format(Locale.ROOT, """
                    Server memory (Liberty JVM, maximum heap %s, from liberty-config/jvm.options):
                    - peak resident set since the server started (VmHWM): %s (VmRSS at the end: %s)
                    - peak RSS sampled every 2 s during the run: %.0f MB
                    - JVM heap, sampled every 2 s with jstat: peak used %.0f MB, peak committed %.0f MB; %d young and %d full collections, %.2f s in GC during the run
                    """, maxHeap, hwm, rssAtEnd, peakSampledRssKb / 1024.0, peakHeapUsedKb / 1024.0, peakHeapCommittedKb / 1024.0, youngGcs, fullGcs, gcSeconds);
        }
    }

    private static String machine() throws IOException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        String mem = "?";
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                mem = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
        }
        String[] loadavg = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
        String load = loadavg[0] + " " + loadavg[1] + " " + loadavg[2];
        return String.format(Locale.ROOT, """
                Machine: %d CPUs (nproc), %s memory, CPU %s; JDK %s (%s); load average before the run %s, at the end %s; %s; application at commit %s
                """, Runtime.getRuntime().availableProcessors(), mem, cpu, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), BenchConfig.string("load.before", "?"), load, ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME),
                BenchConfig.string("git", "?"));
    }
}
