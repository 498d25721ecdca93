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
 * Summarises a benchmark run: per operation p50/p95/p99 latency, throughput and errors from the results files
 * the simulations wrote (measured requests only, not the warm-up): {@code results.properties} (patient index)
 * {@code clinics-results.properties} (clinics, with the booking outcomes and the database's counts of lost
 * and doubled bookings) and {@code medicines-results.properties} (medicines, with the verification outcomes), whichever
 * the run produced; the server's memory from the samples run-bench.sh took,
 * and the machine. Prints the tables and writes {@code summary.md} beside the samples.
 * <pre>  BenchReport &lt;bench dir&gt; [gatling results dir of each simulation run ...]</pre>
 */
public final class BenchReport {

    private record Op(String name, long requests, long errors, double p50, double p95, double p99, double max, double target) {
    }

    public static void main(String[] args) throws IOException {
        Path benchDir = Path.of(args[0]);
        StringBuilder md = new StringBuilder();
        boolean allMet = true;
        Path patientFile = benchDir.resolve(PatientIndexSimulation.RESULTS_FILE);
        if (Files.exists(patientFile)) {
            Properties measured = load(patientFile);
            md.append("### Patient index\n\n");
            allMet &= table(md, measured, new String[][] {
                {PatientIndexSimulation.SEARCH_NHS, "50"}, {PatientIndexSimulation.SEARCH_NAME, "50"},
                {PatientIndexSimulation.BANNER, "50"}, {PatientIndexSimulation.REGISTER, "100"}}, null);
            md.append(String.format(Locale.ROOT, "Measured window %s s, after %s s of warm-up at the same load (not in the table).%n",
                    measured.getProperty("measured.seconds"), measured.getProperty("warmup.seconds", BenchConfig.string("warmup", "120"))));
            md.append(String.format(Locale.ROOT, "Load: %s virtual users over %s trusts, think time %s-%s ms; mix 35%% / 25%% / 30%% / 10%%.%n%n",
                    measured.getProperty("users", BenchConfig.string("users", "60")), BenchConfig.string("trusts", "30"),
                    BenchConfig.string("pause.min.ms", "200"), BenchConfig.string("pause.max.ms", "600")));
        }
        Path clinicFile = benchDir.resolve(ClinicSimulation.RESULTS_FILE);
        if (Files.exists(clinicFile)) {
            Properties measured = load(clinicFile);
            md.append("### Clinics\n\n");
            allMet &= table(md, measured, new String[][] {
                {ClinicSimulation.SEARCH, "50"}, {ClinicSimulation.BOOK, "100"}, {ClinicSimulation.CLINIC_LIST, "50"}},
                    ClinicSimulation.BOOK);
            String b = "booking.measured.";
            md.append(String.format(Locale.ROOT, "Bookings in the measured window: %s created (201), %s already held by that patient (200), "
                            + "%s refused with 409 \"Slot no longer free\" (lost the race: the right answer, not an error), %s errors; "
                            + "%s searches before a booking found no free slot.%n",
                    n(measured, b + "created"), n(measured, b + "already"), n(measured, b + "conflict"), n(measured, b + "error"), n(measured, b + "nofree")));
            md.append(String.format(Locale.ROOT, "Measured window %s s, after %s s of warm-up at the same load (not in the table).%n",
                    measured.getProperty("measured.seconds"), measured.getProperty("warmup.seconds")));
            md.append(String.format(Locale.ROOT, "Load: %s virtual users over %s trusts x %s clinics, think time %s-%s ms; mix per iteration 55%% find and book, "
                            + "20%% search only, 25%% clinic-day list; %s%% of iterations contended (the first free slot in the next 4 weeks of the trust's clinic of the minute).%n%n",
                    measured.getProperty("users"), BenchConfig.string("trusts", "30"), BenchConfig.string("clinics", "40"),
                    BenchConfig.string("pause.min.ms", "200"), BenchConfig.string("pause.max.ms", "600"), measured.getProperty("hot.percent")));
            allMet &= database(md, measured);
        }

        Path medicinesFile = benchDir.resolve(MedicinesSimulation.RESULTS_FILE);
        if (Files.exists(medicinesFile)) {
            Properties measured = load(medicinesFile);
            md.append("### Medicines\n\n");
            allMet &= table(md, measured, new String[][] {
                {MedicinesSimulation.STATEMENTS, "50"}, {MedicinesSimulation.ALLERGIES, "50"}, {MedicinesSimulation.PRESCRIBE, "100"},
                {MedicinesSimulation.WORKLIST, "50"}, {MedicinesSimulation.VERIFY, "100"}},
                    MedicinesSimulation.VERIFY, "409 verified meanwhile", "outcome.measured.conflict");
            String o = "outcome.measured.";
            md.append(String.format(Locale.ROOT, "In the measured window: %s orders prescribed (201), %s prescribing errors; %s orders verified (200), "
                            + "%s answered 409 because the trust's other pharmacist had just verified the order (the right answer, not an error), "
                            + "%s verification errors; %s worklist pages before a verification were empty.%n",
                    n(measured, o + "prescribed"), n(measured, o + "prescribe.error"), n(measured, o + "verified"), n(measured, o + "conflict"),
                    n(measured, o + "error"), n(measured, o + "empty")));
            md.append(String.format(Locale.ROOT, "Measured window %s s, after %s s of warm-up at the same load (not in the table).%n",
                    measured.getProperty("measured.seconds"), measured.getProperty("warmup.seconds")));
            md.append(String.format(Locale.ROOT, "Load: %s virtual users over %s trusts (%s patients each with 0-25 current orders), think time %s-%s ms; "
                            + "mix per iteration 30%% medicines panel (MedicationStatement + AllergyIntolerance), 25%% prescribe (one of %s products), "
                            + "25%% worklist, 20%% worklist then verify.%n%n",
                    measured.getProperty("users"), BenchConfig.string("trusts", "30"), measured.getProperty("patients.with.medicines"),
                    BenchConfig.string("pause.min.ms", "200"), BenchConfig.string("pause.max.ms", "600"), measured.getProperty("products")));
        }

        Path summaryFile = benchDir.resolve(SummarySimulation.RESULTS_FILE);
        if (Files.exists(summaryFile)) {
            Properties measured = load(summaryFile);
            md.append("### Case record summary\n\n");
            List<String[]> targets = new ArrayList<>();
            for (String op : SummarySimulation.OPERATIONS) {
                // the targets: page, panels and API p95 < 100 ms, a draft save < 50 ms; the PDF has none of its own
                String target = op.equals(SummarySimulation.NOTE_SAVE) ? "50" : op.equals(SummarySimulation.PDF) ? "NaN" : "100";
                targets.add(new String[] {op + " (long)", target});
                targets.add(new String[] {op + " (small)", target});
            }
            allMet &= table(md, measured, targets.toArray(String[][]::new), null);
            allMet &= growth(md, measured);
            md.append(String.format(Locale.ROOT, "Measured window %s s; %s virtual users signed in as their trust's clinician.%n%n",
                    measured.getProperty("measured.seconds"), measured.getProperty("users")));
        }
        Path exportFile = benchDir.resolve(ExportRun.RESULTS_FILE);
        if (Files.exists(exportFile)) {
            Properties export = load(exportFile);
            md.append("### Whole-trust export under load\n\n");
            md.append(String.format(Locale.ROOT, "%s resources of the first bench trust exported (Bulk Data, from the kick-off to the manifest) in %s s: "
                    + "**%s resources a second**, while the patient-index load above ran on every trust.%n%n| type | resources |%n|---|---:|%n",
                    n(export, "export.resources"), export.getProperty("export.seconds"), export.getProperty("export.rate")));
            export.stringPropertyNames().stream().filter(k -> k.startsWith("export.count.")).sorted()
                    .forEach(k -> md.append("| ").append(k.substring("export.count.".length())).append(" | ").append(n(export, k)).append(" |\n"));
            md.append('\n');
            if (export.getProperty("import.rate") != null) {
                md.append(String.format(Locale.ROOT, "### Import of that export into a new trust under load%n%n%s resources loaded into the empty trust %s "
                        + "(`POST /fhir/$import-archive`, from the upload to the job's end; the upload and its checks took %s s) in %s s: "
                        + "**%s resources a second**, while the same load ran.%n%n", n(export, "import.resources"), export.getProperty("import.trust"),
                        export.getProperty("import.upload.seconds"), export.getProperty("import.seconds"), export.getProperty("import.rate")));
            }
        }
        Path dischargeFile = benchDir.resolve(DischargeSimulation.RESULTS_FILE);
        if (Files.exists(dischargeFile)) {
            Properties measured = load(dischargeFile);
            md.append("### Discharge\n\n");
            // the targets: the dashboard p95 < 50 ms, drafting on discharge (long records) p95 < 200 ms; the rest have none
            allMet &= table(md, measured, new String[][] {
                {DischargeSimulation.DASHBOARD, "50"}, {DischargeSimulation.DISCHARGE, "200"}, {DischargeSimulation.OPEN_DRAFT, "NaN"},
                {DischargeSimulation.SIGN, "NaN"}, {DischargeSimulation.ADMIT, "NaN"}}, null);
            allMet &= letters(md, measured);
            md.append(String.format(Locale.ROOT, "Measured window %s s, after %s s of warm-up at the same load (not in the table). Load: %s users on the "
                            + "dashboard and %s discharging clinicians (one per trust, round its %s long records: admit 60 days back, discharge, open "
                            + "the draft, sign), at once, over %s trusts with %s summaries each in the outbox; think time %s-%s ms.%n%n",
                    measured.getProperty("measured.seconds"), measured.getProperty("warmup.seconds"), measured.getProperty("dashboard.users"),
                    measured.getProperty("discharge.users"), measured.getProperty("long.records"), BenchConfig.string("trusts", "30"),
                    BenchConfig.string("dispatches.per.trust", "10000"), BenchConfig.string("pause.min.ms", "200"), BenchConfig.string("pause.max.ms", "600")));
        }
        md.append(Memory.read(benchDir).markdown()).append('\n').append(machine());
        String summary = md.toString();
        Files.writeString(benchDir.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(summary);
        System.out.println(allMet ? "[bench] every target met (p95, zero errors, no booking or letter lost or doubled)" : "[bench] at least one target was MISSED (see the tables)");
        for (int i = 1; i < args.length; i++) {
            System.out.println("[bench] Gatling report: " + Path.of(args[i]).resolve("index.html"));
        }
        System.out.println("[bench] this summary: " + benchDir.resolve("summary.md"));
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    private static String n(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? "?" : String.format(Locale.ROOT, "%,d", Long.parseLong(v));
    }

    /** The table of one simulation's operations; true if every p95 target was met without errors. */
    private static boolean table(StringBuilder md, Properties measured, String[][] operations, String withConflicts) {
        return table(md, measured, operations, withConflicts, "409 no longer free", "booking.measured.conflict");
    }

    private static boolean table(StringBuilder md, Properties measured, String[][] operations, String withConflicts, String conflictHeader,
                                 String conflictKey) {
        int duration = Integer.parseInt(measured.getProperty("measured.seconds"));
        List<Op> ops = new ArrayList<>();
        for (String[] o : operations) {
            String k = Measured.key(o[0]) + ".";
            ops.add(new Op(o[0], Long.parseLong(measured.getProperty(k + "requests", "0")), Long.parseLong(measured.getProperty(k + "errors", "0")),
                    Double.parseDouble(measured.getProperty(k + "p50", "-1")), Double.parseDouble(measured.getProperty(k + "p95", "-1")),
                    Double.parseDouble(measured.getProperty(k + "p99", "-1")), Double.parseDouble(measured.getProperty(k + "max", "-1")),
                    Double.parseDouble(o[1])));
        }
        boolean conflicts = withConflicts != null;
        md.append("| operation | requests | throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors |")
                .append(conflicts ? " " + conflictHeader + " |" : "").append(" p95 target |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|").append(conflicts ? "---:|" : "").append("---|\n");
        long total = 0;
        long errors = 0;
        boolean allMet = true;
        for (Op op : ops) {
            boolean hasTarget = !Double.isNaN(op.target());
            boolean met = op.requests() > 0 && (!hasTarget || op.p95() < op.target()) && op.errors() == 0;
            allMet &= met;
            total += op.requests();
            errors += op.errors();
            String conflictCell = !conflicts ? "" : op.name().equals(withConflicts) ? " " + n(measured, conflictKey) + " |" : " |";
            String target = hasTarget ? String.format(Locale.ROOT, "< %.0f ms: %s", op.target(), met ? "met" : "MISSED")
                    : met ? "none (no errors)" : "none: ERRORS";
            md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.0f | %.0f | %.0f | %.0f | %d |%s %s |%n", op.name(), op.requests(),
                    op.requests() / (double) duration, op.p50(), op.p95(), op.p99(), op.max(), op.errors(), conflictCell, target));
        }
        md.append(String.format(Locale.ROOT, "| **all operations** | %,d | %.1f | | | | | %d |%s |%n%n", total, total / (double) duration, errors,
                conflicts ? " |" : ""));
        return allMet;
    }

    /** The flatness rule: no operation's p95 on a long record above 1.5 times its p95 on a small one. */
    private static boolean growth(StringBuilder md, Properties measured) {
        md.append("| operation | p95 long / small (at most 1.5) |\n|---|---|\n");
        boolean allMet = true;
        for (String op : SummarySimulation.OPERATIONS) {
            double longP95 = Double.parseDouble(measured.getProperty(Measured.key(op + " (long)") + ".p95", "-1"));
            double smallP95 = Double.parseDouble(measured.getProperty(Measured.key(op + " (small)") + ".p95", "-1"));
            boolean met = longP95 >= 0 && smallP95 > 0 && longP95 <= 1.5 * smallP95;
            allMet &= met;
            md.append(String.format(Locale.ROOT, "| %s | %.2f: %s |%n", op, smallP95 > 0 ? longP95 / smallP95 : Double.NaN, met ? "met" : "MISSED"));
        }
        md.append('\n');
        return allMet;
    }

    /** The letters of the discharge run as the stand-in GP mailbox counted them; true if none was lost, doubled or left in flight. */
    private static boolean letters(StringBuilder md, Properties p) {
        long lost = Long.parseLong(p.getProperty("letters.lost", "-1"));
        long doubled = Long.parseLong(p.getProperty("letters.doubled", "-1"));
        long pending = Long.parseLong(p.getProperty("letters.pending", "-1"));
        long signed = Long.parseLong(p.getProperty("letters.signed", "0"));
        md.append("Letters, counted at the end (the whole run, warm-up included), in the database and at the stand-in GP mailbox:\n\n");
        md.append("| check | count |\n|---|---:|\n");
        md.append(String.format(Locale.ROOT, "| summaries signed in the run | %s |%n| in the outbox | %s |%n| accepted by the practice (business ack) | %s |%n"
                        + "| failed (with a reason) | %s |%n| manual handling (no GP practice) | %s |%n| still in flight when counted | %s |%n"
                        + "| filed once at the stand-in | %s |%n| **lost** (signed, never filed; or signed with no outbox entry) | %s |%n"
                        + "| **doubled** (filed twice, or a second outbox entry for one version) | %s |%n"
                        + "| sent again and answered \"duplicate\" (a retry; still one letter) | %s |%n%n",
                n(p, "letters.signed"), n(p, "letters.dispatched"), n(p, "letters.accepted"), n(p, "letters.failed"), n(p, "letters.manual"),
                n(p, "letters.pending"), n(p, "letters.filed"), n(p, "letters.lost"), n(p, "letters.doubled"), n(p, "letters.retried")));
        return signed > 0 && lost == 0 && doubled == 0 && pending == 0;
    }

    /** The database's counts after the clinic run; true if nothing was lost or doubled. */
    private static boolean database(StringBuilder md, Properties p) {
        if (p.getProperty("db.error") != null) {
            md.append("Database check FAILED: ").append(p.getProperty("db.error")).append("\n\n");
            return false;
        }
        long acknowledged = Long.parseLong(p.getProperty("db.acknowledged", "0"));
        long lost = Long.parseLong(p.getProperty("db.lost", "-1"));
        long other = Long.parseLong(p.getProperty("db.not.as.acknowledged", "-1"));
        long over = Long.parseLong(p.getProperty("db.over.capacity", "-1"));
        long differs = Long.parseLong(p.getProperty("db.booked.count.differs", "-1"));
        long twice = Long.parseLong(p.getProperty("db.patient.twice.in.slot", "-1"));
        long run = Long.parseLong(p.getProperty("db.run.bookings", "-1"));
        md.append("Counted from the database at the end (as the superuser, over the bench trusts; the whole run, warm-up included):\n\n");
        md.append("| check | count |\n|---|---:|\n");
        md.append(String.format(Locale.ROOT, "| bookings answered 201 Created during the run | %,d |%n", acknowledged));
        md.append(String.format(Locale.ROOT, "| **lost**: answered 201 but not in the booking table | %d |%n", lost));
        md.append(String.format(Locale.ROOT, "| answered 201 but in the table with another slot or patient, or not holding a place | %d |%n", other));
        md.append(String.format(Locale.ROOT, "| **doubled**: slots holding more bookings than their capacity | %d |%n", over));
        md.append(String.format(Locale.ROOT, "| **doubled**: slots whose `booked` differs from the bookings holding a place in them | %d |%n", differs));
        md.append(String.format(Locale.ROOT, "| a patient holding two places in one slot | %d |%n", twice));
        md.append(String.format(Locale.ROOT, "| bookings made through the API during the run, in the table (should equal the 201s) | %,d |%n", run));
        md.append(String.format(Locale.ROOT, "| slots checked | %,d |%n%n", Long.parseLong(p.getProperty("db.slots", "0"))));
        boolean ok = lost == 0 && other == 0 && over == 0 && differs == 0 && twice == 0 && run == acknowledged;
        md.append(ok ? "No booking lost or doubled.\n\n" : "**Bookings were lost or doubled (see the table).**\n\n");
        return ok;
    }

    /** The server's memory: VmHWM/VmRSS at the end, RSS and heap sampled every 2 s during the run. */
    private record Memory(String hwm, String rssAtEnd, long peakSampledRssKb, long peakHeapUsedKb, long peakHeapCommittedKb,
                          long youngGcs, long fullGcs, double gcSeconds, String maxHeap, String hwmAfterPatientIndex) {

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
            String hwmFirst = null;
            Path first = dir.resolve("liberty-status-patient-index.txt");
            if (Files.exists(first)) {
                for (String line : Files.readAllLines(first)) {
                    if (line.startsWith("VmHWM:")) {
                        hwmFirst = line.substring(6).strip();
                    }
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
                    lastGc == null ? 0 : lastGc[0] - firstGc[0], lastGc == null ? 0 : lastGc[1] - firstGc[1], gcLast - gcFirst, maxHeap, hwmFirst);
        }

        String markdown() {
            return String.format(Locale.ROOT, """
                    Server memory (Liberty JVM, maximum heap %s, from liberty-config/jvm.options):
                    - peak resident set since the server started (VmHWM): %s (VmRSS at the end: %s)%s
                    - peak RSS sampled every 2 s during the run: %.0f MB
                    - JVM heap, sampled every 2 s with jstat: peak used %.0f MB, peak committed %.0f MB; %d young and %d full collections, %.2f s in GC during the run
                    """, maxHeap, hwm, rssAtEnd, hwmAfterPatientIndex == null ? "" : "; after the patient-index load: " + hwmAfterPatientIndex,
                    peakSampledRssKb / 1024.0, peakHeapUsedKb / 1024.0, peakHeapCommittedKb / 1024.0, youngGcs, fullGcs, gcSeconds);
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
