package org.openepr.discharge.domain.sending;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a transport error or timeout: exponential (base, 2 × base, 4 × base …, at most {@code max})
 * with jitter (a random point in the upper half), so servers that failed together do not all retry together.
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < base <= max");
        }
    }

    /** The wait after the given attempt (1 for the first) failed; {@code random} gives values in [0, 1). */
    public Duration after(int attempt, DoubleSupplier random) {
        int doublings = Math.max(0, attempt - 1);
        long exponential = max.toMillis();
        if (doublings < 31 && base.toMillis() <= (max.toMillis() >> doublings)) {
            exponential = base.toMillis() << doublings;
        }
        long half = exponential / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (exponential - half)));
    }
}
