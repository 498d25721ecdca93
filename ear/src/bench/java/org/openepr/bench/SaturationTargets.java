package org.openepr.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What {@code saturation.lua} sends in {@code ./epr bench --saturation}: files of requests that wrk's Lua
 * script reads, so that wrk itself stays a fast client and computes nothing about the data.
 * <pre>
 *   SaturationTargets paths DIR     read.txt and search.txt: {@code trust <TAB> path}, 2,000 lines per trust, the
 *                                   trusts in rotation, each line one of the trust's loaded patients at random
 *                                   (fixed seed: every run sends the same requests)
 *                                   medicines.txt, allergies.txt, worklist.txt: the same for the medicines operations;
 *                                   observations-|notes-|conditions-long|small.txt: the case record's searches by patient
 *                                   over the summary benchmark's long and small records
 *   SaturationTargets tokens DIR    tokens.txt: line t+1 is an access token of bench trust t's clinician (bench.rbnn,
 *                                   client epr-cli); tokens-pharmacist.txt: its pharmacist's; tokens.expires: the earliest
 *                                   expiry, epoch seconds
 *   SaturationTargets create DIR    numbers.txt: the free-range NHS numbers (loaded into no trust); create-starts.txt:
 *                                   {@code trust <TAB> position in numbers.txt} of each trust's next unused number, read
 *                                   from the database (so every create run carries on after the last); create-templates.txt:
 *                                   {@code trust <TAB> JSON before the number <TAB> JSON after it}, 8 UK Core Patients per trust.
 *                                   The first call also keeps the starts in create-first-starts.txt for cleanup.
 *   SaturationTargets cleanup DIR   deletes the patients the create runs registered (numbers from create-first-starts.txt on,
 *                                   not registered by the loader), then VACUUMs patient: the free range is not used up and
 *                                   every run starts from the same data
 * </pre>
 * Settings as for the other bench classes ({@link BenchConfig}: trusts, patients, Keycloak, database).
 */
public final class SaturationTargets {

    static final int TARGETS_PER_TRUST = 2_000;
    static final int TEMPLATES_PER_TRUST = 8;

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final Path dir;

    private SaturationTargets(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SaturationTargets paths|tokens|create|cleanup DIR");
            System.exit(2);
        }
        SaturationTargets targets = new SaturationTargets(Path.of(args[1]));
        Files.createDirectories(targets.dir);
        switch (args[0]) {
            case "paths" -> targets.paths();
            case "tokens" -> targets.tokens();
            case "create" -> targets.create();
            case "cleanup" -> targets.cleanup();
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void say(String message) {
        System.out.println("[bench] " + message);
    }

    void paths() throws IOException {
        SplittableRandom random = new SplittableRandom(20_261_126L);
        StringBuilder read = new StringBuilder();
        StringBuilder search = new StringBuilder();
        int lines = TARGETS_PER_TRUST * population.trusts();
        for (int j = 0; j < lines; j++) {
            int t = j % population.trusts();
            var p = population.patient(t, random.nextInt(population.perTrust()));
            read.append(t).append('\t').append("/fhir/Patient/").append(p.id()).append('\n');
            search.append(t).append('\t').append("/fhir/Patient?identifier=").append(SyntheticPatients.FHIR_NHS).append("%7C")
                    .append(p.nhsNumber()).append('\n');
        }
        Files.writeString(dir.resolve("read.txt"), read, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("search.txt"), search, StandardCharsets.UTF_8);
        say(String.format(Locale.ROOT, "%,d read and %,d search targets (%d trusts in rotation, patients at random) in %s",
                lines, lines, population.trusts(), dir));
        medicinesPaths(random, lines);
        recordPaths();
    }

    /**
     * The case record's API over long and small records ({@link SyntheticLongRecords}), first pages of a search by patient:
     * observations-long.txt, observations-small.txt (Observation), notes-long.txt, notes-small.txt (DocumentReference),
     * conditions-long.txt, conditions-small.txt (Condition); each of the trust's long or small records in turn.
     */
    private void recordPaths() throws IOException {
        Map<String, String> types = Map.of("observations", "Observation", "notes", "DocumentReference", "conditions", "Condition");
        SyntheticLongRecords records = new SyntheticLongRecords();
        Map<String, StringBuilder> files = new java.util.TreeMap<>();
        try (Connection c = BenchData.superuser(BenchConfig.databaseName())) {
            for (int t = 0; t < population.trusts(); t++) {
                String code = SyntheticPatients.trustCode(t);
                Map<String, List<UUID>> who = Map.of("long", records.longPatients(c, code), "small",
                        SyntheticLongRecords.smallPatients(c, code, records.patients()));
                for (var size : who.entrySet()) {
                    for (var type : types.entrySet()) {
                        StringBuilder f = files.computeIfAbsent(type.getKey() + "-" + size.getKey() + ".txt", k -> new StringBuilder());
                        for (UUID id : size.getValue()) {
                            f.append(t).append('\t').append("/fhir/").append(type.getValue()).append("?patient=Patient/").append(id).append('\n');
                        }
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("Cannot read the long and small records: " + e.getMessage(), e);
        }
        for (var f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * medicines.txt and allergies.txt: a patient's medicines list (MedicationStatement) and allergies, patients at random
     * among those given medicines ({@link SyntheticMedicines#patients()}); worklist.txt: the pharmacy worklist's first page
     * as the Gatling simulation asks for it (half by service, a fifth high risk only).
     */
    private void medicinesPaths(SplittableRandom random, int lines) throws IOException {
        SyntheticMedicines medicines = SyntheticMedicines.fromConfig();
        StringBuilder list = new StringBuilder();
        StringBuilder allergies = new StringBuilder();
        StringBuilder worklist = new StringBuilder();
        for (int j = 0; j < lines; j++) {
            int t = j % population.trusts();
            var p = population.patient(t, random.nextInt(Math.min(medicines.patients(), population.perTrust())));
            list.append(t).append('\t').append("/fhir/MedicationStatement?patient=Patient/").append(p.id()).append('\n');
            allergies.append(t).append('\t').append("/fhir/AllergyIntolerance?patient=Patient/").append(p.id()).append('\n');
            int filter = random.nextInt(10);
            String service = SyntheticMedicines.SERVICES[random.nextInt(SyntheticMedicines.SERVICES.length)];
            worklist.append(t).append('\t').append("/fhir/MedicationRequest?verification=awaiting&_count=20")
                    .append(filter < 5 ? "&service=" + java.net.URLEncoder.encode(service, StandardCharsets.UTF_8).replace("+", "%20") : "")
                    .append(filter >= 8 ? "&high-risk=true" : "").append('\n');
        }
        Files.writeString(dir.resolve("medicines.txt"), list, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("allergies.txt"), allergies, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("worklist.txt"), worklist, StandardCharsets.UTF_8);
    }

    void tokens() throws IOException {
        TrustTokens tokens = new TrustTokens();
        StringBuilder out = new StringBuilder();
        long expires = Long.MAX_VALUE;
        for (int t = 0; t < population.trusts(); t++) {
            String token = tokens.token(t);
            out.append(token).append('\n');
            expires = Math.min(expires, expiry(token));
        }
        Files.writeString(dir.resolve("tokens.txt"), out, StandardCharsets.UTF_8);
        // the worklist is the pharmacist's
        TrustTokens pharmacists = new TrustTokens(SyntheticMedicines::pharmacist);
        StringBuilder pharmacy = new StringBuilder();
        for (int t = 0; t < population.trusts(); t++) {
            String token = pharmacists.token(t);
            pharmacy.append(token).append('\n');
            expires = Math.min(expires, expiry(token));
        }
        Files.writeString(dir.resolve("tokens-pharmacist.txt"), pharmacy, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("tokens.expires"), expires + "\n", StandardCharsets.UTF_8);
        say(String.format(Locale.ROOT, "%d access tokens (%s..%s), valid for %d s more",
                population.trusts(), SyntheticPatients.username(0), SyntheticPatients.username(population.trusts() - 1),
                expires - System.currentTimeMillis() / 1000));
    }

    /** The {@code exp} claim of a JWT, epoch seconds. */
    static long expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalStateException("Not a JWT access token");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject().getJsonNumber("exp").longValue();
        }
    }

    void create() throws Exception {
        int first = population.firstFreeIndex();
        int available = SyntheticPatients.validNumbers() - first;
        if (!Files.exists(dir.resolve("numbers.txt"))) {
            StringBuilder numbers = new StringBuilder(available * 11);
            for (int k = first; k < SyntheticPatients.validNumbers(); k++) {
                numbers.append(SyntheticPatients.nhsNumber(k)).append('\n');
            }
            Files.writeString(dir.resolve("numbers.txt"), numbers, StandardCharsets.UTF_8);
        }
        if (!Files.exists(dir.resolve("create-templates.txt"))) {
            String placeholder = SyntheticPatients.nhsNumber(first);
            StringBuilder templates = new StringBuilder();
            for (int t = 0; t < population.trusts(); t++) {
                for (int k = 0; k < TEMPLATES_PER_TRUST; k++) {
                    String json = SyntheticPatients.newPerson(t, placeholder, 7_919L * (t * TEMPLATES_PER_TRUST + k)).toFhirJson();
                    int at = json.indexOf(placeholder);
                    if (at < 0 || json.indexOf(placeholder, at + 1) >= 0 || json.indexOf('\t') >= 0) {
                        throw new IllegalStateException("Cannot make a template of " + json);
                    }
                    templates.append(t).append('\t').append(json, 0, at).append('\t').append(json.substring(at + placeholder.length())).append('\n');
                }
            }
            Files.writeString(dir.resolve("create-templates.txt"), templates, StandardCharsets.UTF_8);
        }
        Map<String, Integer> starts = BenchData.registrationStarts(population);
        StringBuilder out = new StringBuilder();
        int fewest = Integer.MAX_VALUE;
        for (int t = 0; t < population.trusts(); t++) {
            int start = starts.get(SyntheticPatients.trustCode(t));
            out.append(t).append('\t').append(start - first).append('\n');
            fewest = Math.min(fewest, SyntheticPatients.validNumbers() - start);
        }
        Files.writeString(dir.resolve("create-starts.txt"), out, StandardCharsets.UTF_8);
        if (!Files.exists(dir.resolve("create-first-starts.txt"))) {
            Files.writeString(dir.resolve("create-first-starts.txt"), out, StandardCharsets.UTF_8);
        }
        say(String.format(Locale.ROOT, "create targets: the next unused free-range NHS number of each trust; at least %,d left per trust "
                + "(of %,d; a run that needs more gets duplicates, answered as errors)", fewest, available));
    }

    void cleanup() throws Exception {
        Path firstStarts = dir.resolve("create-first-starts.txt");
        if (!Files.exists(firstStarts)) {
            return;
        }
        int first = population.firstFreeIndex();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(firstStarts)) {
            if (!line.isBlank()) {
                rows.add(line.split("\t"));
            }
        }
        long deleted = 0;
        try (Connection c = BenchData.superuser(BenchConfig.databaseName())) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM patient WHERE trust = ? AND nhs_number >= ? AND registered_by <> ?")) {
                for (String[] row : rows) {
                    int t = Integer.parseInt(row[0]);
                    int start = first + Integer.parseInt(row[1]);
                    if (start >= SyntheticPatients.validNumbers()) {
                        continue;
                    }
                    d.setString(1, SyntheticPatients.trustCode(t));
                    d.setString(2, SyntheticPatients.nhsNumber(start));
                    d.setString(3, SyntheticPatients.LOADER);
                    deleted += d.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM patient");
            }
        }
        Files.delete(firstStarts);
        say(String.format(Locale.ROOT, "removed the %,d patients the create runs registered (then VACUUM patient)", deleted));
    }
}
