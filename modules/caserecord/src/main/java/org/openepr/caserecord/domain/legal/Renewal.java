package org.openepr.caserecord.domain.legal;

import java.time.Period;
import java.util.Optional;

/**
 * How a status may be extended, and by how much each time (the Mental Health Act 1983 as amended).
 * The n-th renewal (n = 1, 2, ...) extends the status from its current expiry.
 */
public enum Renewal {
    /** Not renewable: a new status is recorded instead (e.g. section 2 is followed by section 3). */
    NONE,
    /** Sections 3 and 37, guardianship (s20) and CTOs (s20A): renewed for 6 months, then 6 months, then 12 months at a time. */
    SIX_SIX_TWELVE_MONTHS,
    /** Remands to hospital (s35, s36): 28 days at a time, 12 weeks in all. */
    REMAND_28_DAYS,
    /** Interim hospital orders (s38): 28 days at a time, 12 months in all. */
    INTERIM_ORDER_28_DAYS;

    /** The period of the n-th renewal, or empty when no such renewal is allowed. */
    public Optional<Period> period(int renewalNumber, Period alreadyRun) {
        return switch (this) {
            case NONE -> Optional.empty();
            case SIX_SIX_TWELVE_MONTHS -> Optional.of(renewalNumber <= 1 ? Period.ofMonths(6) : Period.ofMonths(12));
            case REMAND_28_DAYS -> within(alreadyRun, Period.ofWeeks(12));
            case INTERIM_ORDER_28_DAYS -> within(alreadyRun, Period.ofMonths(12));
        };
    }

    private static Optional<Period> within(Period alreadyRun, Period limit) {
        // compared as days from a fixed day: periods of months are not otherwise comparable
        var base = java.time.LocalDate.of(2000, 1, 1);
        boolean room = !base.plus(alreadyRun).plusDays(28).isAfter(base.plus(limit));
        return room ? Optional.of(Period.ofDays(28)) : Optional.empty();
    }
}
