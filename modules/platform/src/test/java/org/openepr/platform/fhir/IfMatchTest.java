package org.openepr.platform.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.InvalidInputException;

class IfMatchTest {

    @Test
    void readsWeakAndStrongVersionTags() {
        assertEquals(3, IfMatch.parse("W/\"3\""));
        assertEquals(12, IfMatch.parse(" \"12\" "));
    }

    @Test
    void refusesAMissingHeaderOrAnythingElseNamingTheHeader() {
        for (String bad : new String[] {null, " ", "3", "W/3", "W/\"three\"", "\"1234567890\"", "*", "W/\"1\", W/\"2\"", "W/\"-1\""}) {
            var refused = assertThrows(InvalidInputException.class, () -> IfMatch.parse(bad), String.valueOf(bad));
            assertEquals("If-Match", refused.problems().get(0).field());
        }
    }
}
