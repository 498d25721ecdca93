package org.openepr.caserecord.domain.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemCodesTest {

    /** The shipped file read line by line, without the loader, so the loader's own checks are not what is tested. */
    private static List<String[]> rows() throws IOException {
        try (InputStream in = ProblemCodes.class.getClassLoader().getResourceAsStream(ProblemCodes.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            text.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> rows.add(l.split(",", 3)));
            return rows;
        }
    }

    @Test
    void theShippedListHasAtLeast200CodesWithNoDuplicates() throws IOException {
        List<String[]> rows = rows();
        assertTrue(rows.size() >= 200, "only " + rows.size() + " codes");
        Set<String> seen = new HashSet<>();
        for (String[] r : rows) {
            assertTrue(seen.add(r[0] + ":" + r[1]), r[0] + ":" + r[1] + " is listed twice");
            assertEquals(3, r.length);
            assertFalse(r[2].isBlank(), r[1] + " has no display");
        }
        assertEquals(rows.size(), ProblemCodes.shipped().size());
    }

    @Test
    void everyCodeHasTheShapeOfItsSystem() throws IOException {
        int snomed = 0;
        int icd = 0;
        for (String[] r : rows()) {
            switch (r[0]) {
                case "snomed" -> {
                    snomed++;
                    assertTrue(r[1].matches("[1-9]\\d{5,17}"), r[1]);
                    assertTrue(SnomedId.passesCheckDigit(r[1]), r[1] + " " + r[2] + " fails the Verhoeff check digit");
                    assertEquals("00", r[1].substring(r[1].length() - 3, r[1].length() - 1), r[1] + " is not a core concept id");
                }
                case "icd10" -> {
                    icd++;
                    assertTrue(r[1].matches("[A-Z]\\d{2}(\\.\\d{1,2})?"), r[1] + " is not an ICD-10 code");
                }
                case "local" -> assertTrue(r[1].matches("L\\d{4}"), r[1] + " is outside the local range");
                default -> throw new AssertionError("Unknown system " + r[0]);
            }
        }
        assertTrue(snomed >= 100, "SNOMED CT problems: " + snomed);
        assertTrue(icd >= 100, "ICD-10 diagnoses: " + icd);
    }

    @Test
    void theVerhoeffCheckAcceptsKnownConceptsAndRefusesOneDigitChanged() {
        for (String id : List.of("73211009", "38341003", "35489007", "58214004", "13746004", "197480006", "26929004", "195967001", "13645005")) {
            assertTrue(SnomedId.isConceptId(id), id);
            // any single changed digit, and the last two swapped, fail the check
            for (int pos = 0; pos < id.length(); pos++) {
                char c = id.charAt(pos);
                String changed = id.substring(0, pos) + (char) ('0' + (c - '0' + 1) % 10) + id.substring(pos + 1);
                assertFalse(SnomedId.passesCheckDigit(changed), changed);
            }
        }
        assertFalse(SnomedId.passesCheckDigit("73211090"), "transposed check digit");
        assertFalse(SnomedId.isConceptId("12345"), "too short");
        assertFalse(SnomedId.isConceptId("073211009"), "leading zero");
    }

    @Test
    void aListWithAnInventedCodeIsRefusedWhole() {
        var bad = "system,code,display\nsnomed,73211009,Diabetes mellitus\nsnomed,12345678,Made up\n";
        var e = assertThrows(IllegalStateException.class, () -> ProblemCodes.read(new StringReader(bad)));
        assertTrue(e.getMessage().contains("12345678"));
        assertThrows(IllegalStateException.class, () -> ProblemCodes.read(new StringReader("system,code,display\nlocal,X0001,Nope\n")));
        assertThrows(IllegalStateException.class, () -> ProblemCodes.read(new StringReader("system,code,display\nicd10,F2O.0,Letter O\n")));
        assertThrows(IllegalStateException.class,
                () -> ProblemCodes.read(new StringReader("system,code,display\nicd10,F20.0,A\nicd10,F20.0,B\n")));
    }

    @Test
    void searchFindsByCodeAndByWords() {
        var codes = ProblemCodes.shipped();
        assertTrue(codes.search("F20.0", 10).stream().anyMatch(c -> c.display().equals("Paranoid schizophrenia")));
        assertTrue(codes.search("schizo", 50).stream().anyMatch(c -> c.code().equals("58214004")));
        assertEquals(ProblemKind.DIAGNOSIS, codes.byKey("icd10:F32.1").orElseThrow().kind());
        assertEquals(ProblemKind.PROBLEM, codes.byKey("snomed:73211009").orElseThrow().kind());
    }
}
