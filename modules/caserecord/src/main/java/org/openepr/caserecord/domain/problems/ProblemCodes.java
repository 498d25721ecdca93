package org.openepr.caserecord.domain.problems;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code list shipped with the product (codes/problem-codes.csv: system,code,display): SNOMED CT concepts for
 * problems, ICD-10 codes for diagnoses, and local terms (L0001..) where no national code is known for certain.
 * Every row is checked when the list is read; a list with a bad row is refused whole, so the product never starts
 * with an invented or mistyped code.
 */
public final class ProblemCodes {

    public static final String RESOURCE = "codes/problem-codes.csv";
    /** ICD-10 as the UK uses it: a letter, two digits, optionally a point and one or two digits (F20.0, F60.31). */
    public static final Pattern ICD_10 = Pattern.compile("[A-Z]\\d{2}(\\.\\d{1,2})?");
    /** The local range: L and four digits, in the local code system only. */
    public static final Pattern LOCAL = Pattern.compile("L\\d{4}");

    private final Map<String, ProblemCode> byKey;

    private ProblemCodes(Map<String, ProblemCode> byKey) {
        this.byKey = byKey;
    }

    private static final class Shipped {
        static final ProblemCodes LIST = load();

        private static ProblemCodes load() {
            try (InputStream in = ProblemCodes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The shipped code list " + RESOURCE + " is missing");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The list shipped in the module, read once. */
    public static ProblemCodes shipped() {
        return Shipped.LIST;
    }

    public static ProblemCodes read(Reader source) throws IOException {
        Map<String, ProblemCode> codes = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(source);
        String header = lines.readLine();
        if (!"system,code,display".equals(header)) {
            throw new IllegalStateException("The code list must start with system,code,display");
        }
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", 3);
            if (cells.length != 3 || cells[2].isBlank()) {
                throw new IllegalStateException("Code list line " + number + ": expected system,code,display");
            }
            ProblemCode code = new ProblemCode(CodeSystem.ofKey(cells[0].strip()), cells[1].strip(), cells[2].strip());
            String fault = faultOf(code);
            if (fault != null) {
                throw new IllegalStateException("Code list line " + number + ": " + fault);
            }
            if (codes.putIfAbsent(code.key(), code) != null) {
                throw new IllegalStateException("Code list line " + number + ": " + code.key() + " is listed twice");
            }
        }
        return new ProblemCodes(Collections.unmodifiableMap(codes));
    }

    /** Why a code cannot be in the list, or null when it may. */
    public static String faultOf(ProblemCode code) {
        return switch (code.system()) {
            case SNOMED_CT -> SnomedId.isConceptId(code.code()) ? null : code.code() + " is not a SNOMED CT concept id (format or check digit)";
            case ICD_10 -> ICD_10.matcher(code.code()).matches() ? null : code.code() + " is not written as an ICD-10 code";
            case LOCAL -> LOCAL.matcher(code.code()).matches() ? null : code.code() + " is outside the local range L0001-L9999";
        };
    }

    public List<ProblemCode> all() {
        return List.copyOf(byKey.values());
    }

    public int size() {
        return byKey.size();
    }

    public Optional<ProblemCode> find(CodeSystem system, String code) {
        return Optional.ofNullable(byKey.get(system.key() + ":" + code));
    }

    /** By the key a form submits ("icd10:F20.0"). */
    public Optional<ProblemCode> byKey(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key.strip()));
    }

    /** For a picker: codes whose code starts with, or whose words contain, what was typed. */
    public List<ProblemCode> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<ProblemCode> found = new ArrayList<>();
        for (ProblemCode c : byKey.values()) {
            if (c.code().toLowerCase(Locale.ROOT).startsWith(t) || c.display().toLowerCase(Locale.ROOT).contains(t)) {
                found.add(c);
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }
}
