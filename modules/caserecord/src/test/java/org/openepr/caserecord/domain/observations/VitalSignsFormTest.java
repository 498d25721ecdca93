package org.openepr.caserecord.domain.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;

class VitalSignsFormTest {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2027, 3, 3, 10, 0).atZone(UK).toInstant(), UK);

    static VitalSignsForm form(String weight, String height, String sys, String dia, String pulse, String temp, String spo2) {
        return new VitalSignsForm(weight, height, sys, dia, pulse, temp, spo2, "03/03/2027", "09:30");
    }

    static Set<String> fieldsRefused(VitalSignsForm f) {
        var e = assertThrows(InvalidInputException.class, () -> f.check(CLOCK));
        return e.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
    }

    static String message(VitalSignsForm f, String field) {
        var e = assertThrows(InvalidInputException.class, () -> f.check(CLOCK));
        return e.problems().stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst().orElseThrow();
    }

    @Test
    void aWholeSetWithinRangeIsKeptWithItsDecimalsAndTime() {
        var checked = form("72.44", "168", "120", "80", "72", "36.8", "97").check(CLOCK);
        assertEquals(new BigDecimal("72.4"), checked.values().get(VitalSign.BODY_WEIGHT));
        assertEquals(new BigDecimal("168.0"), checked.values().get(VitalSign.BODY_HEIGHT));
        assertEquals(new BloodPressure(new BigDecimal("120"), new BigDecimal("80")), checked.bloodPressure());
        assertEquals(LocalDateTime.of(2027, 3, 3, 9, 30).atZone(UK).toInstant(), checked.takenAt());
    }

    @Test
    void anySubsetWillDoButNotNothing() {
        var onlyPulse = form(null, null, null, null, "64", null, null).check(CLOCK);
        assertEquals(Set.of(VitalSign.PULSE), onlyPulse.values().keySet());
        assertNull(onlyPulse.bloodPressure());
        assertEquals(Set.of("weight"), fieldsRefused(form(null, null, "", " ", null, null, null)));
    }

    @Test
    void bloodPressure400Over20IsRefusedNamingBothFields() {
        assertEquals(Set.of("systolic", "diastolic"), fieldsRefused(form(null, null, "400", "20", null, null, null)));
        assertTrue(message(form(null, null, "400", "20", null, null, null), "systolic").contains("between 50 and 300 mmHg"));
    }

    @Test
    void systolicMustBeAboveDiastolic() {
        assertTrue(message(form(null, null, "80", "120", null, null, null), "diastolic").contains("higher than the diastolic"));
        assertEquals(Set.of("diastolic"), fieldsRefused(form(null, null, "90", "90", null, null, null)));
        assertEquals(Set.of("diastolic"), fieldsRefused(form(null, null, "120", null, null, null, null)), "half a pressure");
    }

    @Test
    void theRangesAtTheirEdges() {
        record Case(String field, String ok, String low, String high) {
        }
        for (Case c : List.of(new Case("weight", "0.5", "0.4", "400.1"), new Case("height", "40", "39.9", "250.1"),
                new Case("pulse", "20", "19", "251"), new Case("temperature", "30", "29.9", "45.1"),
                new Case("oxygenSaturation", "100", "49", "101"))) {
            form(c, c.ok()).check(CLOCK);
            assertEquals(Set.of(c.field()), fieldsRefused(form(c, c.low())), c + " low");
            assertEquals(Set.of(c.field()), fieldsRefused(form(c, c.high())), c + " high");
        }
    }

    private static VitalSignsForm form(Object c, String value) {
        String field = c.toString().replaceAll(".*field=([a-zA-Z]+).*", "$1");
        return new VitalSignsForm(field.equals("weight") ? value : null, field.equals("height") ? value : null, null, null,
                field.equals("pulse") ? value : null, field.equals("temperature") ? value : null, field.equals("oxygenSaturation") ? value : null,
                "03/03/2027", "09:30");
    }

    @Test
    void weightZeroTemperatureTwentyAndWordsAreRefused() {
        assertTrue(message(form("0", null, null, null, null, null, null), "weight").contains("Weight must be between 0.5 and 400 kg"));
        assertTrue(message(form(null, null, null, null, null, "20", null), "temperature").contains("between 30 and 45 °C"));
        assertTrue(message(form("heavy", null, null, null, null, null, null), "weight").contains("must be a number in kg"));
        assertEquals(Set.of("weight", "pulse"), fieldsRefused(form("-3", null, null, null, "1e3", null, null)));
        assertEquals(new BigDecimal("36.6"), form(null, null, null, null, null, "36,6", null).check(CLOCK).values().get(VitalSign.TEMPERATURE));
    }

    @Test
    void takenInTheFutureIsRefusedAMinuteOfGraceIsNot() {
        var future = new VitalSignsForm("70", null, null, null, null, null, null, "03/03/2027", "10:05");
        assertTrue(message(future, "takenOn").contains("cannot be in the future"));
        new VitalSignsForm("70", null, null, null, null, null, null, "03/03/2027", "10:00").check(CLOCK);
        assertEquals(Set.of("takenOn"), fieldsRefused(new VitalSignsForm("70", null, null, null, null, null, null, "04/03/2027", "09:00")));
        assertEquals(Set.of("takenTime"), fieldsRefused(new VitalSignsForm("70", null, null, null, null, null, null, "03/03/2027", "25:00")));
        assertEquals(Set.of("takenOn"), fieldsRefused(new VitalSignsForm("70", null, null, null, null, null, null, "31/02/2027", "09:00")));
    }
}
