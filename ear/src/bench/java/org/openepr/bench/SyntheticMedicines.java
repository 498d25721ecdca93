package org.openepr.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The bench trusts' medicines, deterministic: the first {@code medicines.patients} (default 1,000) patients of each
 * trust have 0-25 current medication orders each (uniformly: 12.5 on average), and some allergies: 20% "no known
 * drug allergies", 15% one allergy (to a substance or an allergy group), the rest none recorded. Orders are written
 * as the application writes a prescribed order: one row in {@code medication_order} and its first version in
 * {@code medication_order_version}, with the screening record (JSON) and knowledge-base version of the live
 * release; {@code medicines.awaiting.percent} (default 5) of them await the pharmacist (prescribed in the last 3
 * days), the rest were verified (in the last year) by {@value #LOADER_PHARMACIST}. Products are those of the live
 * knowledge base whose dose unit is their strength's unit and whose daily ceiling allows one unit a day: the order
 * is one unit once a day, so screening finds nothing in the order itself.
 */
final class SyntheticMedicines {

    static final String LOADER = SyntheticPatients.LOADER;
    static final String LOADER_PHARMACIST = "bench-loader-pharmacist";
    static final String[] SERVICES = {"CMHT North", "CMHT South", "CMHT East", "CMHT West", "Older Adults", "Crisis Team",
        "Early Intervention", "Acute Ward"};
    static final String[] INDICATIONS = {"Depression", "Bipolar affective disorder", "Schizophrenia", "Generalised anxiety disorder",
        "Hypertension", "Type 2 diabetes", "Epilepsy", "Chronic pain", "Insomnia", "Atrial fibrillation"};

    static final String ORDER_COLUMNS = "trust, id, patient_id, submission_id, service, status, current_version, high_risk, prescribed_by, "
            + "awaiting_since, version";
    static final String VERSION_COLUMNS = "trust, id, order_id, number, product_id, product_name, route_code, dose_amount, dose_unit, "
            + "frequency, start_date, indication, prescribed_by, prescribed_at, screening, kb_version, verification, verified_by, verified_at, "
            + "verification_screening";
    static final String ALLERGY_COLUMNS = "trust, id, patient_id, kind, substance_id, allergy_group, description, reaction_type, reaction, "
            + "severity, certainty, recorded_by, recorded_at, version";

    /** A product orders can be written for: id, name, route, one unit's dose and its unit; high risk by its substance. */
    record Product(String id, String name, String routeCode, String strength, String unit, boolean highRisk) {
    }

    record Allergen(String substanceId, String group, String description) {
    }

    /** The live release as the loader and the simulation need it. */
    record Release(String name, String version, LocalDate issued, List<Product> products, List<Allergen> allergens) {
        String kbVersion() {
            return name + " " + version;
        }

        /** What the application stores for a screening that found nothing ({@code ScreeningRecord.write}). */
        String cleanScreening() {
            return "{\"checked\":true,\"kb\":{\"name\":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"version\":\"" + version
                    + "\",\"issued\":\"" + issued + "\"},\"findings\":[],\"notChecked\":[]}";
        }
    }

    private final int patients;
    private final int awaitingPercent;

    SyntheticMedicines(int patients, int awaitingPercent) {
        this.patients = patients;
        this.awaitingPercent = awaitingPercent;
    }

    static SyntheticMedicines fromConfig() {
        return new SyntheticMedicines(BenchConfig.integer("medicines.patients", 1000), BenchConfig.integer("medicines.awaiting.percent", 5));
    }

    int patients() {
        return patients;
    }

    /** The bench trust's pharmacist (realm role pharmacist); its clinician {@link SyntheticPatients#username} prescribes. */
    static String pharmacist(int t) {
        return SyntheticPatients.username(t) + ".pharmacist";
    }

    /** The live knowledge-base release, read from {@code kb_release} (the server loads the shipped one at start). */
    static Release live(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name, version, issued, products, substances, allergy_groups FROM kb_release WHERE live")) {
            if (!r.next()) {
                throw new IllegalStateException("No live medicines knowledge base in " + BenchConfig.databaseName());
            }
            Map<String, String[]> substances = new HashMap<>();
            List<Allergen> allergens = new ArrayList<>();
            for (String[] row : csv(r.getString("substances"))) {
                substances.put(row[0], row);
                allergens.add(new Allergen(row[0], null, row[2]));
            }
            for (String[] row : csv(r.getString("allergy_groups"))) {
                allergens.add(new Allergen(null, row[0], row[1]));
            }
            List<Product> products = new ArrayList<>();
            // id,dmd_id,vtm_id,name,strength,strength_unit,form,route_code,route_name,dose_unit,max_dose,max_dose_unit,max_dose_period_days
            for (String[] p : csv(r.getString("products"))) {
                if (p.length >= 13 && p[9].equals(p[5]) && !p[10].isEmpty() && p[12].equals("1")
                        && Double.parseDouble(p[4]) <= Double.parseDouble(p[10])) {
                    String[] substance = substances.get(p[2]);
                    products.add(new Product(p[0], p[3], p[7], p[4], p[9], substance != null && "true".equals(substance[4])));
                }
            }
            return new Release(r.getString("name"), r.getString("version"), r.getObject("issued", LocalDate.class), products, allergens);
        }
    }

    /** The rows of a CSV file without its header (the knowledge base quotes only the last column of some files). */
    private static List<String[]> csv(String text) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i].split(",", -1));
            }
        }
        return rows;
    }

    /** How many orders patient {@code i} of trust {@code t} has (0 beyond the medicines patients). */
    int orders(int t, int i) {
        return i >= patients ? 0 : (int) Math.floorMod(SyntheticPatients.mix(0x3ED5L + t * 7_919L + i), 26L);
    }

    long ordersOf(int t) {
        long n = 0;
        for (int i = 0; i < patients; i++) {
            n += orders(t, i);
        }
        return n;
    }

    long allergiesOf(int t) {
        long n = 0;
        for (int i = 0; i < patients; i++) {
            n += allergyKind(t, i) == 0 ? 0 : 1;
        }
        return n;
    }

    /** 0 none recorded, 1 NKDA, 2 one allergy. */
    private static int allergyKind(int t, int i) {
        int r = (int) Math.floorMod(SyntheticPatients.mix(0xA11EL + t * 104_729L + i), 100L);
        return r < 20 ? 1 : r < 35 ? 2 : 0;
    }

    private static UUID uuid(SplittableRandom r) {
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    /** Appends trust {@code t}'s orders and their versions as COPY text rows; {@code now} anchors the times. */
    void appendOrders(StringBuilder orders, StringBuilder versions, int t, SyntheticPatients population, Release kb, Instant now) {
        String trust = SyntheticPatients.trustCode(t);
        String screening = kb.cleanScreening();
        for (int i = 0; i < patients; i++) {
            int n = orders(t, i);
            UUID patient = population.patient(t, i).id();
            for (int k = 0; k < n; k++) {
                SplittableRandom r = new SplittableRandom(SyntheticPatients.mix(0x0D0EL + t * 1_000_003L + i * 31L + k));
                UUID id = uuid(r);
                Product p = kb.products().get(r.nextInt(kb.products().size()));
                boolean awaiting = r.nextInt(100) < awaitingPercent;
                Instant prescribed = awaiting ? now.minusSeconds(60 + r.nextInt(3 * 86_400)) : now.minusSeconds(86_400L + r.nextInt(364 * 86_400));
                Instant verified = prescribed.plusSeconds(600 + r.nextInt(86_400));
                String service = SERVICES[r.nextInt(SERVICES.length)];
                orders.append(trust).append('\t').append(id).append('\t').append(patient).append('\t').append(uuid(r)).append('\t')
                        .append(service).append('\t').append(awaiting ? "AWAITING_VERIFICATION" : "VERIFIED").append("\t1\t")
                        .append(p.highRisk() ? 't' : 'f').append('\t').append(LOADER).append('\t')
                        .append(awaiting ? prescribed.toString() : "\\N").append('\t').append(awaiting ? 1 : 2).append('\n');
                versions.append(trust).append('\t').append(uuid(r)).append('\t').append(id).append("\t1\t").append(p.id()).append('\t')
                        .append(p.name()).append('\t').append(p.routeCode()).append('\t').append(p.strength()).append('\t').append(p.unit())
                        .append("\tONCE_DAILY\t").append(LocalDate.ofInstant(prescribed, BenchData.UK)).append('\t')
                        .append(INDICATIONS[r.nextInt(INDICATIONS.length)]).append('\t').append(LOADER).append('\t').append(prescribed)
                        .append('\t').append(screening).append('\t').append(kb.kbVersion()).append('\t')
                        .append(awaiting ? "AWAITING\t\\N\t\\N\t\\N" : "VERIFIED\t" + LOADER_PHARMACIST + "\t" + verified + "\t" + screening)
                        .append('\n');
            }
        }
    }

    /** Appends trust {@code t}'s allergy entries (NKDA or one allergy) as COPY text rows. */
    void appendAllergies(StringBuilder out, int t, SyntheticPatients population, Release kb, Instant now) {
        String trust = SyntheticPatients.trustCode(t);
        for (int i = 0; i < patients; i++) {
            int kind = allergyKind(t, i);
            if (kind == 0) {
                continue;
            }
            SplittableRandom r = new SplittableRandom(SyntheticPatients.mix(0xA1L + t * 1_000_003L + i));
            out.append(trust).append('\t').append(uuid(r)).append('\t').append(population.patient(t, i).id()).append('\t');
            if (kind == 1) {
                out.append("NO_KNOWN_ALLERGIES\t\\N\t\\N\tNo known drug allergies\t\\N\t\\N\t\\N\t\\N");
            } else {
                Allergen a = kb.allergens().get(r.nextInt(kb.allergens().size()));
                out.append(a.substanceId() != null ? "SUBSTANCE" : "GROUP").append('\t').append(a.substanceId() == null ? "\\N" : a.substanceId())
                        .append('\t').append(a.group() == null ? "\\N" : a.group()).append('\t').append(a.description()).append('\t')
                        .append(r.nextInt(3) == 0 ? "INTOLERANCE\tNausea" : "ALLERGY\tRash").append('\t')
                        .append(r.nextInt(4) == 0 ? "SEVERE" : "MODERATE").append('\t').append(r.nextBoolean() ? "CONFIRMED" : "SUSPECTED");
            }
            out.append('\t').append(LOADER).append('\t').append(now.minusSeconds(86_400L * (30 + r.nextInt(3000)))).append("\t1\n");
        }
    }
}
