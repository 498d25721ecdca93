package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One injectable clock (dependent scope: Clock cannot be proxied), in UK time, so rules about "today" and "the future" are testable. */
@ApplicationScoped
public class Clocks {
    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    Clock clock() {
        return Clock.system(UK);
    }
}
