package org.openepr.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * For in-container tests only (added to the Arquillian archive): replaces the application's clock so a
 * test can stand before a slot to book it, then after its start to record that the patient did not attend.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final AtomicReference<Instant> now = new AtomicReference<>();

    public void set(LocalDateTime ukTime) {
        now.set(ukTime.atZone(UK).toInstant());
    }

    public void advance(Duration d) {
        now.updateAndGet(i -> (i == null ? Instant.now() : i).plus(d));
    }

    public void reset() {
        now.set(null);
    }

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return UK;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant set = now.get();
                return set == null ? Instant.now() : set;
            }
        };
    }
}
