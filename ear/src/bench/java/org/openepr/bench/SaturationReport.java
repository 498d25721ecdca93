package org.openepr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables of {@code ./epr bench --saturation}: reads each measured wrk run that run-bench.sh recorded under
 * {@code DIR/saturation/runs/<nn>-<operation>-c<connections>/} and prints, and writes to {@code DIR/saturation.md},
 * throughput, latency percentiles, errors and the CPU time per request of Liberty and of PostgreSQL.
 *
 * <p>A run directory holds {@code run.properties} (what ran, load average before and after), {@code wrk.txt}
 * (wrk's output with the {@code sat.*} lines of saturation.lua's {@code done()}), {@code times.txt} (the bash
 * {@code times} of the subshell that ran wrk: its second line is wrk's own CPU time) and two snapshots,
 * {@code cpu-before.txt} and {@code cpu-after.txt}, taken just before wrk starts and just after it ends:
 * the wall clock, {@code CLK_TCK}, the {@code cpu} line of {@code /proc/stat}, and the {@code /proc/<pid>/stat}
 * line and process title ({@code /proc/<pid>/cmdline}) of the Liberty JVM and of every process named
 * {@code postgres}, the pid of the postmaster of the cluster that serves the bench database (only it and its
 * children are counted: another PostgreSQL on the machine is not the benchmark's), and the stat line of each of
 * the JVM's threads ({@code /proc/<pid>/task/<tid>/stat}), for the share of its JIT compiler and GC threads.
 *
 * <p>CPU time, in clock ticks of {@code utime + stime} (fields 14 and 15 of {@code /proc/<pid>/stat}):
 * <ul>
 *   <li><b>Liberty</b>: the JVM process (all its threads, those that ended included), after minus before.</li>
 *   <li><b>PostgreSQL, whole cluster</b>: the sum over every live {@code postgres} process plus the postmaster's
 *       {@code cutime + cstime}, after minus before. A backend that exits is reaped by the postmaster, which adds its
 *       CPU time to its own {@code cutime/cstime}; so a backend that exited during the run is counted (its whole life
 *       after, its part before the run subtracted as it was live then), one that started during the run is live at
 *       the end or reaped, and long-lived pooled backends are counted as live processes.</li>
 *   <li><b>epr_bench backends</b>: the client backends whose title names the bench database, each after minus before
 *       (zero before if it started during the run).</li>
 *   <li><b>Other databases' backends</b> (for example the test suite's {@code epr_test} on a shared machine): the same,
 *       for the client backends of any other database. They are not charged to the benchmark.</li>
 *   <li><b>PostgreSQL charged per request</b> = whole cluster minus other databases' live backends: the bench backends
 *       plus the background processes that serve every database (WAL writer, checkpointer, background writer,
 *       autovacuum) and backends that exited during the run, whatever their database (counted and shown).</li>
 * </ul>
 */
public final class SaturationReport {

    private static final Pattern CLIENT_BACKEND =
            Pattern.compile("^postgres: (?:.+?: )?(\\S+) (\\S+) (\\S+\\(\\d+\\)|\\[local\\])(?: .*)?$");

    private SaturationReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SaturationReport BENCH_DIR");
            System.exit(2);
        }
        Path benchDir = Path.of(args[0]);
        Path runsDir = benchDir.resolve("saturation/runs");
        List<Run> runs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(runsDir)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                runs.add(Run.read(d, BenchConfig.databaseName()));
            }
        }
        String md = markdown(runs, benchDir);
        Files.writeString(benchDir.resolve("saturation.md"), md, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
        long errors = runs.stream().mapToLong(Run::errors).sum();
        System.out.println(errors == 0 ? "[bench] every response was the expected one (no errors)"
                : "[bench] " + errors + " requests FAILED (see the errors column)");
        System.out.println("[bench] this summary: " + benchDir.resolve("saturation.md"));
        System.out.println("[bench] wrk's own output per run: " + runsDir + "/*/wrk.txt");
    }

    static String markdown(List<Run> runs, Path benchDir) throws IOException {
        StringBuilder md = new StringBuilder("## Saturation (wrk)\n\n");
        Properties settings = new Properties();
        Path settingsFile = benchDir.resolve("saturation/settings.properties");
        if (Files.exists(settingsFile)) {
            try (var in = Files.newBufferedReader(settingsFile)) {
                settings.load(in);
            }
        }
        md.append(String.format(Locale.ROOT, "Command: `%s`. Each row: `wrk -t%s -c<connections> -d%ss --latency` after a warm-up of %s s at "
                        + "the same operation and connections (and, first, %s s of each operation at %s connections on the fresh server); "
                        + "every request with the bearer token of one of %s bench trusts in rotation, over %s of each.%n%n",
                settings.getProperty("command", "./epr bench --saturation"), settings.getProperty("threads", "?"),
                settings.getProperty("duration", "?"), settings.getProperty("warmup", "?"), settings.getProperty("server.warmup", "?"),
                settings.getProperty("max.connections", "?"), BenchConfig.string("trusts", "30"), settings.getProperty("patients.note", "2,000 random")));

        md.append("| operation | connections | requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors | Liberty CPU ms/req | PostgreSQL CPU ms/req | total CPU ms/req |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Run r : runs) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,.1f | %.1f | %.1f | %.1f | %.1f | %d | %.2f | %.2f | %.2f |%n",
                    r.operationName(), r.connections, r.requests, r.requestsPerSecond(), r.ms("p50"), r.ms("p95"), r.ms("p99"),
                    r.latencyMaxUs / 1000.0, r.errors(), r.perRequest(r.cpu.liberty), r.perRequest(r.cpu.pgCharged()),
                    r.perRequest(r.cpu.liberty + r.cpu.pgCharged())));
        }
        md.append("\nErrors: responses other than the expected status (200 for reads and searches, 201 for creates), a 200 whose body "
                + "is not a Patient (read) or a Bundle with `total` 1 (search), and wrk's connect, read, write and timeout errors. "
                + "Latencies as wrk measures them (request sent to response read, every request of the measured run, all connections).\n");
        for (Run r : runs) {
            if (r.errors() > 0) {
                md.append(String.format(Locale.ROOT, "- %s, %d connections: status codes %s, bad bodies %d, socket errors connect %d read %d write %d "
                                + "timeout %d%s%n", r.operationName(), r.connections, r.statuses, r.badBody, r.connectErrors, r.readErrors,
                        r.writeErrors, r.timeouts, r.exhausted > 0 ? ", requests without a free NHS number " + r.exhausted : ""));
            }
        }

        md.append("\nWhere the CPU went during each measured run, in cores busy on average (CPU seconds / wall seconds), and the "
                + "throughput at which Liberty and PostgreSQL alone would fill every core at the CPU per request measured:\n\n");
        md.append("| operation | connections | seconds: wrk / CPU window | Liberty | of which JIT compiler / GC threads | PostgreSQL: epr_bench backends | PostgreSQL: background and exited backends "
                + "| other databases' backends (not charged) | wrk client | rest of the machine | all (of N cores) | CPU ceiling (req/s) | wrk CPU ms/req | load average before → after |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        int cores = Runtime.getRuntime().availableProcessors();
        for (Run r : runs) {
            Cpu c = r.cpu;
            double wall = c.wallSeconds;
            double rest = c.machineBusy - c.liberty - c.pgAll - r.wrkTicks(c.clkTck);
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f / %.1f | %.2f | %.2f / %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f of %d | %,.0f | %.3f | %s → %s |%n",
                    r.operationName(), r.connections, r.durationSeconds, wall, c.cores(c.liberty), c.cores(c.libertyJit), c.cores(c.libertyGc),
                    c.cores(c.pgBench), c.cores(c.pgRest()),
                    c.cores(c.pgOther), c.cores(r.wrkTicks(c.clkTck)), c.cores(rest), c.cores(c.machineBusy), cores,
                    cores * 1000.0 / Math.max(1e-9, r.perRequest(c.liberty + c.pgCharged())), r.perRequest(r.wrkTicks(c.clkTck)),
                    r.loadBefore, r.loadAfter));
        }
        List<String> exited = new ArrayList<>();
        for (Run r : runs) {
            if (r.cpu.exitedBench + r.cpu.exitedOther > 0) {
                exited.add(String.format(Locale.ROOT, "%s at %d connections: %d epr_bench and %d other backends", r.operationName(), r.connections,
                        r.cpu.exitedBench, r.cpu.exitedOther));
            }
        }
        md.append(String.format(Locale.ROOT, "%nCPU time from `/proc/<pid>/stat` (utime + stime, %d ticks a second): Liberty = the JVM process (JIT and GC: its "
                + "threads named `C1/C2 CompilerThread`, and `GC Thread`, `G1 …`, `VM Thread`, from `/proc/<pid>/task/*/stat`); "
                + "PostgreSQL = the processes of the cluster that serves the bench database (its postmaster and the postmaster's children) plus "
                + "the postmaster's cutime + cstime (backends that exited), minus the live backends of other databases; *rest of the machine* = all busy CPU (`/proc/stat`) less Liberty, PostgreSQL and wrk. Backends that "
                + "exited during a run: %s.%n", runs.isEmpty() ? 100 : runs.get(0).cpu.clkTck, exited.isEmpty() ? "none" : String.join("; ", exited)));
        md.append(String.format(Locale.ROOT, "%nMachine: %s; %s; application at commit %s.%n", machine(),
                ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME), BenchConfig.string("git", "?")));
        return md.toString();
    }

    private static String machine() throws IOException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        return String.format(Locale.ROOT, "%d CPUs (nproc), CPU %s; JDK %s", Runtime.getRuntime().availableProcessors(), cpu,
                System.getProperty("java.version"));
    }

    /** One measured wrk run. */
    record Run(String operation, int connections, long requests, double durationSeconds, Map<String, Double> latencyUs, long latencyMaxUs,
               int expectedStatus, Map<Integer, Long> statuses, long badBody, long connectErrors, long readErrors, long writeErrors,
               long timeouts, long exhausted, Cpu cpu, double wrkCpuSeconds, String loadBefore, String loadAfter) {

        static Run read(Path dir, String benchDatabase) throws IOException {
            Properties run = properties(dir.resolve("run.properties"));
            Properties sat = new Properties();
            Map<Integer, Long> statuses = new TreeMap<>();
            for (String line : Files.readAllLines(dir.resolve("wrk.txt"))) {
                if (line.startsWith("sat.")) {
                    int eq = line.indexOf('=');
                    String key = line.substring(4, eq);
                    String value = line.substring(eq + 1).strip();
                    if (key.startsWith("status.")) {
                        statuses.put(Integer.parseInt(key.substring(7)), Long.parseLong(value));
                    } else {
                        sat.setProperty(key, value);
                    }
                }
            }
            if (sat.getProperty("requests") == null) {
                throw new IllegalStateException("No results of saturation.lua in " + dir.resolve("wrk.txt"));
            }
            Map<String, Double> latency = new HashMap<>();
            for (String p : List.of("50", "75", "90", "95", "99", "99.9")) {
                latency.put("p" + p, Double.parseDouble(sat.getProperty("latency.p" + p + ".us")));
            }
            Cpu cpu = Cpu.between(Snapshot.read(dir.resolve("cpu-before.txt"), benchDatabase), Snapshot.read(dir.resolve("cpu-after.txt"), benchDatabase));
            return new Run(run.getProperty("operation"), Integer.parseInt(run.getProperty("connections")),
                    Long.parseLong(sat.getProperty("requests")), Long.parseLong(sat.getProperty("duration.us")) / 1e6, latency,
                    Long.parseLong(sat.getProperty("latency.max.us")), Integer.parseInt(sat.getProperty("expected.status")), statuses,
                    Long.parseLong(sat.getProperty("bad.body")), Long.parseLong(sat.getProperty("errors.connect")),
                    Long.parseLong(sat.getProperty("errors.read")), Long.parseLong(sat.getProperty("errors.write")),
                    Long.parseLong(sat.getProperty("errors.timeout")), Long.parseLong(sat.getProperty("exhausted.numbers")), cpu,
                    wrkCpu(dir.resolve("times.txt")), run.getProperty("load.before", "?"), run.getProperty("load.after", "?"));
        }

        String operationName() {
            return switch (operation) {
                case "read" -> "read by id";
                case "search" -> "search by NHS number";
                case "create" -> "create";
                case "medicines" -> "medicines list (MedicationStatement)";
                case "allergies" -> "allergies (AllergyIntolerance)";
                case "worklist" -> "pharmacy worklist, first page";
                default -> operation;
            };
        }

        double requestsPerSecond() {
            return requests / durationSeconds;
        }

        double ms(String percentile) {
            return latencyUs.get(percentile) / 1000.0;
        }

        long errors() {
            long unexpected = 0;
            for (var e : statuses.entrySet()) {
                if (e.getKey() != expectedStatus) {
                    unexpected += e.getValue();
                }
            }
            return unexpected + badBody + connectErrors + readErrors + writeErrors + timeouts;
        }

        /** CPU milliseconds per request of {@code ticks}. */
        double perRequest(double ticks) {
            return requests == 0 ? Double.NaN : ticks * 1000.0 / cpu.clkTck / requests;
        }

        double wrkTicks(int clkTck) {
            return wrkCpuSeconds * clkTck;
        }
    }

    /** wrk's CPU seconds: the second line of bash's {@code times} (children: user, system), e.g. {@code 0m1.234s 0m0.560s}. */
    static double wrkCpu(Path times) throws IOException {
        if (!Files.exists(times)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(times);
        if (lines.size() < 2) {
            return 0;
        }
        double seconds = 0;
        Matcher m = Pattern.compile("(\\d+)m([\\d.]+)s").matcher(lines.get(1));
        while (m.find()) {
            seconds += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
        }
        return seconds;
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    /** A process as one snapshot saw it: identity (pid and start time, so a reused pid is another process) and ticks. */
    record Proc(int pid, String comm, long startTime, int ppid, long ticks, long childTicks, String title) {

        static Proc parse(String statLine, String title) {
            int open = statLine.indexOf(" (");
            int close = statLine.lastIndexOf(") ");
            String[] f = statLine.substring(close + 2).trim().split("\\s+");
            // f[0] is field 3 (state): utime is field 14 -> f[11], stime f[12], cutime f[13], cstime f[14], starttime f[19]
            return new Proc(Integer.parseInt(statLine.substring(0, open).trim()), statLine.substring(open + 2, close), Long.parseLong(f[19]),
                    Integer.parseInt(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14]), title);
        }

        /** A HotSpot thread's kind, by its name (15 characters at most in /proc): JIT compiler, garbage collector, or other. */
        String jvmThreadKind() {
            if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                return "jit";
            }
            if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread")) {
                return "gc";
            }
            return "other";
        }

        String key() {
            return pid + "@" + startTime;
        }
    }

    /** One of run-bench.sh's CPU snapshots. */
    record Snapshot(double wall, int clkTck, int libertyPid, int postmasterPid, long machineBusy, Map<String, Proc> postgres, Proc liberty,
                    Map<String, Proc> libertyThreads, String benchDatabase) {

        static Snapshot read(Path file, String benchDatabase) throws IOException {
            double wall = 0;
            int clk = 100;
            int libertyPid = -1;
            int postmasterPid = -1;
            long busy = 0;
            Map<String, Proc> postgres = new HashMap<>();
            Map<String, Proc> threads = new HashMap<>();
            List<Proc> all = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] cells = line.split("\t", 3);
                switch (cells[0]) {
                    case "wall" -> wall = Double.parseDouble(cells[1]);
                    case "clk_tck" -> clk = Integer.parseInt(cells[1].strip());
                    case "liberty" -> libertyPid = Integer.parseInt(cells[1].strip());
                    case "postmaster" -> postmasterPid = Integer.parseInt(cells[1].strip());
                    case "cpu" -> {
                        // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest is within user)
                        String[] v = cells[1].trim().split("\\s+");
                        busy = Long.parseLong(v[1]) + Long.parseLong(v[2]) + Long.parseLong(v[3]) + Long.parseLong(v[6])
                                + Long.parseLong(v[7]) + (v.length > 8 ? Long.parseLong(v[8]) : 0);
                    }
                    case "proc" -> all.add(Proc.parse(cells[1], cells.length > 2 ? cells[2].strip() : ""));
                    case "thread" -> {
                        Proc thread = Proc.parse(cells[1], "");
                        threads.put(thread.key(), thread);
                    }
                    default -> {
                    }
                }
            }
            Proc liberty = null;
            for (Proc p : all) {
                if (p.pid() == libertyPid) {
                    liberty = p;
                } else if (p.pid() == postmasterPid || p.ppid() == postmasterPid) {
                    // the cluster that serves the bench: its postmaster and the postmaster's children (other clusters on the
                    // machine, for example a test's embedded PostgreSQL, are left to "the rest of the machine")
                    postgres.put(p.key(), p);
                }
            }
            if (liberty == null) {
                throw new IllegalStateException("The Liberty JVM (pid " + libertyPid + ") is not in " + file);
            }
            int postmaster = postmasterPid;
            if (postgres.values().stream().noneMatch(p -> p.pid() == postmaster)) {
                throw new IllegalStateException("The PostgreSQL postmaster (pid " + postmasterPid + ") is not in " + file);
            }
            return new Snapshot(wall, clk, libertyPid, postmasterPid, busy, postgres, liberty, threads, benchDatabase);
        }

        boolean isPostmaster(Proc p) {
            return p.pid() == postmasterPid;
        }

        long postgresTotal() {
            long total = 0;
            for (Proc p : postgres.values()) {
                total += p.ticks() + (isPostmaster(p) ? p.childTicks() : 0);
            }
            return total;
        }

        /** The database of a client backend, from its title ({@code postgres: 15/main: user db host(port) state}); null otherwise. */
        static String database(Proc p) {
            Matcher m = CLIENT_BACKEND.matcher(p.title());
            return m.matches() ? m.group(2) : null;
        }
    }

    /** CPU ticks between two snapshots. */
    record Cpu(int clkTck, double wallSeconds, long liberty, long libertyJit, long libertyGc, long pgAll, long pgBench, long pgOther,
               int exitedBench, int exitedOther, long machineBusy) {

        static Cpu between(Snapshot before, Snapshot after) {
            if (!before.liberty().key().equals(after.liberty().key()) || before.postmasterPid() != after.postmasterPid()) {
                throw new IllegalStateException("The Liberty JVM or the PostgreSQL postmaster changed during the run");
            }
            long bench = 0;
            long other = 0;
            for (Proc p : after.postgres().values()) {
                String db = Snapshot.database(p);
                if (db == null) {
                    continue;
                }
                Proc b = before.postgres().get(p.key());
                long delta = p.ticks() - (b == null ? 0 : b.ticks());
                if (db.equals(after.benchDatabase())) {
                    bench += delta;
                } else {
                    other += delta;
                }
            }
            int exitedBench = 0;
            int exitedOther = 0;
            for (Proc b : before.postgres().values()) {
                String db = Snapshot.database(b);
                if (db != null && !after.postgres().containsKey(b.key())) {
                    if (db.equals(before.benchDatabase())) {
                        exitedBench++;
                    } else {
                        exitedOther++;
                    }
                }
            }
            // the JVM's JIT compiler and GC threads (a compiler thread that ends during the run leaves its time to "other")
            long jit = 0;
            long gc = 0;
            for (Proc t : after.libertyThreads().values()) {
                Proc b = before.libertyThreads().get(t.key());
                long delta = t.ticks() - (b == null ? 0 : b.ticks());
                switch (t.jvmThreadKind()) {
                    case "jit" -> jit += delta;
                    case "gc" -> gc += delta;
                    default -> {
                    }
                }
            }
            return new Cpu(after.clkTck(), after.wall() - before.wall(), after.liberty().ticks() - before.liberty().ticks(), jit, gc,
                    after.postgresTotal() - before.postgresTotal(), bench, other, exitedBench, exitedOther,
                    after.machineBusy() - before.machineBusy());
        }

        /** What is charged to the benchmark: the whole cluster but the live backends of other databases. */
        long pgCharged() {
            return pgAll - pgOther;
        }

        /** Background processes and backends that exited during the run. */
        long pgRest() {
            return pgAll - pgBench - pgOther;
        }

        double cores(double ticks) {
            return ticks / clkTck / wallSeconds;
        }
    }
}
