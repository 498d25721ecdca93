package org.openepr.discharge.domain.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void doublesPerAttemptWithJitterInTheUpperHalf() {
        assertEquals(Duration.ofSeconds(1), backoff.after(1, () -> 0.0));
        assertEquals(Duration.ofMillis(1999), backoff.after(1, () -> 0.9995));
        assertEquals(Duration.ofSeconds(4), backoff.after(3, () -> 0.0));
        assertEquals(Duration.ofSeconds(6), backoff.after(3, () -> 0.5));
        for (int attempt = 1; attempt < 12; attempt++) {
            Duration low = backoff.after(attempt, () -> 0.0);
            Duration high = backoff.after(attempt, () -> 0.999);
            assertTrue(low.compareTo(high) <= 0);
            assertTrue(high.compareTo(Duration.ofMinutes(5)) <= 0, "capped");
        }
    }

    @Test
    void cappedAtTheMaximumHoweverManyAttempts() {
        assertEquals(Duration.ofSeconds(150), backoff.after(40, () -> 0.0));
        assertEquals(Duration.ofSeconds(150), backoff.after(Integer.MAX_VALUE, () -> 0.0));
    }

    @Test
    void keysRoundTripAndRefuseAnythingElse() {
        UUID s = UUID.randomUUID();
        DispatchKey key = new DispatchKey(s, 3);
        assertEquals(key, DispatchKey.parse(key.toString()));
        assertThrows(IllegalArgumentException.class, () -> DispatchKey.parse(s + ":0"));
        assertThrows(IllegalArgumentException.class, () -> DispatchKey.parse("x:1"));
    }
}
