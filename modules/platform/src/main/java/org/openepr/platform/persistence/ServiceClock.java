package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The service's clock for screens: a normal-scoped bean, so view-scoped pages can hold it across session
 * passivation (a {@link Clock} cannot be proxied or safely serialized).
 */
@ApplicationScoped
public class ServiceClock {

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }
}
