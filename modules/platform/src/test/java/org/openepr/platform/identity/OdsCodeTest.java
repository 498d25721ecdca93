package org.openepr.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OdsCodeTest {

    @Test
    void normalisesTrustCodesToUpperCase() {
        assertEquals("RAT", OdsCode.of(" rat ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"R", "RA", "1AT", "RAT-1", "RATRATR", "R T"})
    void refusesMalformedCodes(String code) {
        assertThrows(InvalidIdentifierException.class, () -> OdsCode.of(code));
    }

    @Test
    void gpPracticeCodesAreALetterAndFiveDigits() {
        assertEquals("F84003", OdsCode.gpPractice("f84003").value());
        assertThrows(InvalidIdentifierException.class, () -> OdsCode.gpPractice("F8400"));
        assertThrows(InvalidIdentifierException.class, () -> OdsCode.gpPractice("RAT"));
    }
}
