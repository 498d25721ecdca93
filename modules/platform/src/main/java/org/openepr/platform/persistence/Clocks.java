package org.openepr.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One injectable clock (dependent scope: Clock cannot be proxied), in UK time, so rules about "today" and "the
 * future" are testable. A test server may start its clock at a fixed moment ({@code epr.clock.start}, e.g.
 * 2027-03-03T10:00 UK time) and let it run from there, so browser tests stand on an ordinary weekday whatever
 * the real date; {@link DeploymentProfile} refuses that setting outside the demo profile.
 */
@ApplicationScoped
public class Clocks {
    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Resource(lookup = "epr/clockStart")
    String start;

    private volatile Clock clock;

    @Produces
    Clock clock() {
        Clock known = clock;
        if (known == null) {
            known = Clock.system(UK);
            if (DeploymentProfile.isSet(start)) {
                // measured from the JVM's start, so every application on the server shares one clock
                Instant startsAt = LocalDateTime.parse(start.strip()).atZone(UK).toInstant();
                Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
                known = Clock.offset(known, Duration.between(jvmStart, startsAt));
            }
            clock = known;
        }
        return known;
    }
}
