package org.openepr.caserecord.interfaces.web.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkLineTest {

    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-03-01T00:00:00Z");

    static SparkLine.Point at(String when, String... values) {
        return new SparkLine.Point(Instant.parse(when), java.util.Arrays.stream(values).map(BigDecimal::new).toList());
    }

    @Test
    void timeRunsLeftToRightAndTheLowestValueIsAtTheBottom() {
        SparkLine line = SparkLine.of(List.of(at("2026-03-01T00:00:00Z", "80"), at("2027-03-01T00:00:00Z", "70")), 1, FROM, TO);
        assertEquals(List.of("4.0,4.0 236.0,56.0"), line.lines(), "the first reading at the left and highest, the last at the right and lowest");
        assertEquals("70", line.lowest());
        assertEquals("80", line.highest());
        assertEquals(2, line.readings());
    }

    @Test
    void systolicAndDiastolicShareOneScale() {
        SparkLine line = SparkLine.of(List.of(at("2026-09-01T00:00:00Z", "150", "90"), at("2027-01-01T00:00:00Z", "130", "80")), 2, FROM, TO);
        assertEquals(2, line.lines().size());
        assertEquals("4.0", line.lines().get(0).split(" ")[0].split(",")[1], "the highest systolic at the top: " + line.lines());
        assertTrue(line.lines().get(1).endsWith(",56.0"), "the lowest diastolic at the bottom: " + line.lines());
        assertEquals("80", line.lowest());
        assertEquals("150", line.highest());
    }

    @Test
    void oneValueOrNoneDrawsAFlatLineOrNothing() {
        assertTrue(SparkLine.of(List.of(), 1, FROM, TO).isEmpty());
        SparkLine flat = SparkLine.of(List.of(at("2026-09-01T00:00:00Z", "72.5"), at("2026-10-01T00:00:00Z", "72.5")), 1, FROM, TO);
        assertTrue(flat.lines().get(0).matches("[0-9.]+,30\\.0 [0-9.]+,30\\.0"), flat.lines().get(0));
    }
}
