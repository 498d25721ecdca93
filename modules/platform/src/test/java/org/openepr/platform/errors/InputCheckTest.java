package org.openepr.platform.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class InputCheckTest {

    enum Colour { DEEP_RED, BLUE }

    @Test
    void aChoiceForgivesCaseDashesAndSpacesAndNamesTheFieldWhenWrong() {
        assertEquals(Colour.DEEP_RED, InputCheck.choice(Colour.class, "Colour", " deep-red ", true));
        assertEquals(Colour.DEEP_RED, InputCheck.choice(Colour.class, "Colour", "Deep red", true));
        assertNull(InputCheck.choice(Colour.class, "Colour", "", false));
        assertEquals("Colour is required", assertThrows(IllegalArgumentException.class,
                () -> InputCheck.choice(Colour.class, "Colour", " ", true)).getMessage());
        assertEquals("Colour must be one of the listed choices", assertThrows(IllegalArgumentException.class,
                () -> InputCheck.choice(Colour.class, "Colour", "green", true)).getMessage());
    }

    @Test
    void aDateAndTimeAreReadInUkTime() {
        // 1 July: British Summer Time, an hour ahead of UTC
        assertEquals(Instant.parse("2027-07-01T08:30:00Z"), InputCheck.dateTime("Admitted", "01/07/2027", "9:30", true));
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), InputCheck.dateTime("Started", "01/01/2027", null, false));
        assertEquals(LocalDate.of(2027, 3, 3), InputCheck.date("Day", "3/3/2027", true));
    }

    @Test
    void aMissingOrMalformedTimeIsNamed() {
        assertEquals("Admitted time is required (HH:MM, 24-hour)", assertThrows(IllegalArgumentException.class,
                () -> InputCheck.dateTime("Admitted", "01/07/2027", "", true)).getMessage());
        assertEquals("Admitted time must be written HH:MM (24-hour)", assertThrows(IllegalArgumentException.class,
                () -> InputCheck.dateTime("Admitted", "01/07/2027", "25:00", true)).getMessage());
        assertEquals("Admitted must be a date written DD/MM/YYYY", assertThrows(IllegalArgumentException.class,
                () -> InputCheck.dateTime("Admitted", "31/02/2027", "10:00", true)).getMessage());
        assertEquals(0, ChronoUnit.MINUTES.between(InputCheck.dateTime("At", "2027-03-03", "10:00", true), Instant.parse("2027-03-03T10:00:00Z")));
    }
}
