package org.openepr.patients.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({"sw1a1aa,SW1A 1AA", "E1 6AN,E1 6AN", "n19gu,N1 9GU", "M1 1AE,M1 1AE", "ec1a 1bb,EC1A 1BB", "B33 8TH,B33 8TH"})
    void printsTheStandardForm(String input, String printed) {
        assertEquals(printed, new Postcode(input).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E1", "12345", "SW1A 1AAA", "E1 6A", "<b>E1 6AN</b>"})
    void refusesWhatIsNotAPostcode(String input) {
        assertThrows(IllegalArgumentException.class, () -> new Postcode(input));
    }
}
