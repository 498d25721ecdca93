package org.openepr.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @Test
    void acceptsAValidNumberAndPrintsIt334() {
        NhsNumber n = NhsNumber.of("9434765919");
        assertEquals("9434765919", n.value());
        assertEquals("943 476 5919", n.formatted());
    }

    @Test
    void acceptsThePrinted334Form() {
        assertEquals(NhsNumber.of("9434765919"), NhsNumber.of("943 476 5919"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"943-476-5919", " 943 476 5919 ", "943-476-5919 "})
    void acceptsThe334FormWrittenWithSpacesOrDashes(String written) {
        assertEquals(NhsNumber.of("9434765919"), NhsNumber.of(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"943-476-591-9", "943.476.5919", "94-3476-5919", "943--476-5919", "943-476 5919", "943-4765919"})
    void refusesOtherGroupingsAndSeparators(String written) {
        assertFalse(NhsNumber.isValid(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9990000018", "9990000026", "9990000034", "9990000069"})
    void acceptsTestNumbersInThe999Range(String number) {
        assertTrue(NhsNumber.isValid(number));
    }

    @Test
    void computesTheModulus11CheckDigit() {
        // 943476591: 9*10+4*9+3*8+4*7+7*6+6*5+5*4+9*3+1*2 = 299; 299 mod 11 = 2; 11-2 = 9
        assertEquals(9, NhsNumber.checkDigit("943476591"));
        // 999000005: 9*10+9*9+9*8+5*2 = 253 = 23*11, remainder 0 gives 11, which is written 0
        assertEquals(0, NhsNumber.checkDigit("999000005"));
        assertTrue(NhsNumber.isValid("9990000050"));
    }

    @Test
    void refusesAWrongCheckDigit() {
        var e = assertThrows(InvalidIdentifierException.class, () -> NhsNumber.of("9434765918"));
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBe10() {
        // 999000003x: 9*10+9*9+9*8+0+0+0+0+0+3*2 = 249; 249 mod 11 = 7; 11-7 = 4 -> valid with 4.
        // Find first nine digits giving 10, independently of the implementation under test:
        String firstNine = null;
        for (int i = 0; i < 1000 && firstNine == null; i++) {
            String candidate = String.format("999000%03d", i);
            int sum = 0;
            for (int d = 0; d < 9; d++) {
                sum += (candidate.charAt(d) - '0') * (10 - d);
            }
            if (11 - (sum % 11) == 10) {
                firstNine = candidate;
            }
        }
        for (int last = 0; last <= 9; last++) {
            String number = firstNine + last;
            var e = assertThrows(InvalidIdentifierException.class, () -> NhsNumber.of(number));
            assertTrue(e.getMessage().contains("not valid"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "1", "943476591999"})
    void refusesTheWrongLength(String number) {
        var e = assertThrows(InvalidIdentifierException.class, () -> NhsNumber.of(number));
        assertTrue(e.getMessage().contains("10 digits"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"94347659A9", "ABCDEFGHIJ", "9434765919x", "+943476591"})
    void refusesLettersAndPunctuation(String number) {
        var e = assertThrows(InvalidIdentifierException.class, () -> NhsNumber.of(number));
        assertTrue(e.getMessage().contains("digits only"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"94 34 76 59 19", "9434 765 919", "943  476 5919", "943 4765919"})
    void refusesSpacesOtherThanThe334Form(String number) {
        assertFalse(NhsNumber.isValid(number));
    }

    @Test
    void refusesNothing() {
        assertThrows(InvalidIdentifierException.class, () -> NhsNumber.of(null));
        var e = assertThrows(InvalidIdentifierException.class, () -> NhsNumber.of("   "));
        assertEquals("NHS number is required", e.getMessage());
    }

    @Test
    void toleratesSurroundingWhitespace() {
        assertEquals("9434765919", NhsNumber.of("  943 476 5919 ").value());
    }
}
