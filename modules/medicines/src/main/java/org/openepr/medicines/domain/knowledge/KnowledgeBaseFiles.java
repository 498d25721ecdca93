package org.openepr.medicines.domain.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a knowledge base from its files (knowledge-base.properties and five CSV files, described in the folder's
 * README), from the classpath or any other source, and refuses one whose references do not all resolve.
 */
public final class KnowledgeBaseFiles {

    /** The version shipped inside the module. */
    public static final String SHIPPED = "/knowledge-base/";

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private KnowledgeBaseFiles() {
    }

    public static KnowledgeBase shipped() {
        return read(name -> KnowledgeBaseFiles.class.getResourceAsStream(SHIPPED + name));
    }

    /** The files a release is made of, in the order they are read. */
    public static final java.util.List<String> FILES = java.util.List.of("knowledge-base.properties", "classes.csv", "substances.csv",
            "products.csv", "interactions.csv", "allergy-groups.csv");

    /** Reads a release held as text (file name to content). */
    public static KnowledgeBase fromText(java.util.Map<String, String> files) {
        return read(name -> files.get(name) == null ? null
                : new java.io.ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)));
    }

    /** The shipped release's files as text. */
    public static java.util.Map<String, String> shippedText() {
        var files = new java.util.LinkedHashMap<String, String>();
        for (String name : FILES) {
            try (InputStream in = KnowledgeBaseFiles.class.getResourceAsStream(SHIPPED + name)) {
                if (in == null) {
                    throw new IllegalStateException("The shipped knowledge base has no " + name);
                }
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Reads every file through {@code open} (file name to stream; null when missing). */
    public static KnowledgeBase read(Function<String, InputStream> open) {
        Properties about = new Properties();
        try (Reader r = reader(open, "knowledge-base.properties")) {
            about.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var version = new KnowledgeBaseVersion(about.getProperty("name"), about.getProperty("version"), LocalDate.parse(about.getProperty("date")));
        var classes = rows(open, "classes.csv").stream().map(r -> new TherapeuticClass(r.get("code"), r.get("name"), r.get("bnf_section"))).toList();
        var substances = rows(open, "substances.csv").stream().map(r -> new Substance(new SubstanceId(r.get("id")), r.get("name"),
                list(r.get("classes")), bool(r.get("high_risk")), blank(r.get("cd_schedule")).map(Integer::valueOf),
                bool(r.get("narrow_therapeutic_index")))).toList();
        var products = rows(open, "products.csv").stream().map(KnowledgeBaseFiles::product).toList();
        var interactions = rows(open, "interactions.csv").stream().map(r -> new Interaction(Party.parse(r.get("a")), Party.parse(r.get("b")),
                Severity.parse(r.get("severity")), r.get("effect"), r.get("advice"))).toList();
        var groups = rows(open, "allergy-groups.csv").stream().map(r -> new AllergyGroup(r.get("code"), r.get("name"),
                list(r.get("members")).stream().map(Party::parse).toList(), r.get("note"))).toList();
        KnowledgeBase kb = new KnowledgeBase(version, classes, substances, products, interactions, groups);
        List<String> problems = kb.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The knowledge base " + version.describe() + " does not hold together: "
                    + String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
        }
        return kb;
    }

    private static Product product(CSVRecord r) {
        Optional<DoseCeiling> ceiling = blank(r.get("max_dose")).map(max -> new DoseCeiling(new BigDecimal(max), r.get("max_dose_unit"),
                Integer.parseInt(blank(r.get("max_dose_period_days")).orElse("1"))));
        return new Product(new ProductId(r.get("id")), new SubstanceId(r.get("vtm_id")), r.get("name"), new BigDecimal(r.get("strength")),
                r.get("strength_unit"), r.get("form"), new Route(r.get("route_code"), r.get("route_name")), r.get("dose_unit"), ceiling);
    }

    private static List<CSVRecord> rows(Function<String, InputStream> open, String file) {
        try (Reader r = reader(open, file)) {
            return new ArrayList<>(CSV.parse(r).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static Reader reader(Function<String, InputStream> open, String file) {
        InputStream in = open.apply(file);
        if (in == null) {
            throw new IllegalArgumentException("The knowledge base has no " + file);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<String> blank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static boolean bool(String text) {
        return "true".equalsIgnoreCase(text.strip());
    }
}
