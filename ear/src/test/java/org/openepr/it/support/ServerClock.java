package org.openepr.it.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The server's "now", in the server's zone (UK time), not the test JVM's. The test server's clock starts at a
 * fixed moment and runs on (epr.clock.start in ear/pom.xml), so tests read it from /health once and keep the
 * offset: dates they compute agree with the dates the server checks against.
 */
public final class ServerClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static volatile Duration offset;

    private ServerClock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.now().plus(offset()), UK);
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    /** A whole hour on the server's date, so fixtures land on slot boundaries. */
    public static LocalDateTime daysAheadAt(int days, int hour) {
        return today().plusDays(days).atTime(hour, 0);
    }

    private static Duration offset() {
        Duration known = offset;
        if (known == null) {
            var health = Http.get(Env.BASE_URL + "/health", null);
            if (health.status() != 200) {
                throw new IllegalStateException("The server's /health is not up: " + health);
            }
            Instant server = Instant.parse(health.json().getString("time"));
            known = Duration.between(Instant.now(), server);
            offset = known;
        }
        return known;
    }
}
