package org.openepr.platform.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.InvalidInputException;

class VersionMatchTest {

    @Test
    void readsWeakAndStrongVersionTags() {
        assertEquals(OptionalInt.of(3), VersionMatch.parse("W/\"3\""));
        assertEquals(OptionalInt.of(12), VersionMatch.parse(" \"12\" "));
        assertEquals(OptionalInt.empty(), VersionMatch.parse(null));
        assertEquals(OptionalInt.empty(), VersionMatch.parse(" "));
    }

    @Test
    void refusesAnythingElseNamingTheHeader() {
        for (String bad : new String[] {"3", "W/3", "W/\"three\"", "\"1234567890\"", "*", "W/\"1\", W/\"2\""}) {
            var refused = assertThrows(InvalidInputException.class, () -> VersionMatch.parse(bad), bad);
            assertEquals("If-Match", refused.problems().get(0).field());
        }
    }
}
