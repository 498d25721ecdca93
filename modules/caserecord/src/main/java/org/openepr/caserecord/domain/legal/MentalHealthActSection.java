package org.openepr.caserecord.domain.legal;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.openepr.platform.text.Labelled;
import org.openepr.platform.time.UkDates;

/**
 * A patient's legal status under the Mental Health Act 1983, with the usual length of each and how it is renewed.
 *
 * <p>Rule implemented: a status expires at its start plus its length, at the same time of day in UK time
 * (section 2: 28 days; section 3, 37, guardianship and CTO: 6 months; section 4 and 5(2): 72 hours; section 5(4):
 * 6 hours; sections 135 and 136: 24 hours; sections 35 and 36: 28 days; section 38: 12 weeks). Restricted patients
 * (37/41, 47/49, 48/49) and informal patients have no fixed end. A renewal extends from the current expiry (see
 * {@link Renewal}). The statutory extensions some sections allow (s136 by 12 hours, s2 pending an application to
 * displace the nearest relative) are recorded as a new status or an end, not derived here.
 *
 * <p>{@link #nhsCode()} is the NHS Data Dictionary's Mental Health Act legal status classification code where
 * the classification has one (checked against UK Core's copy of the list, CodeSystem
 * {@code https://fhir.hl7.org.uk/CodeSystem/UKCore-LegalStatusClassificationEngland}: MentalHealthActSectionTest).
 * The list has no code for a community treatment order (the Mental Health Services Data Set records the section
 * that is suspended), so the CTO has none here rather than an invented one.
 */
public enum MentalHealthActSection implements Labelled {
    INFORMAL("Informal", "01", null, null, Renewal.NONE),
    SECTION_2("Section 2", "02", Period.ofDays(28), null, Renewal.NONE),
    SECTION_3("Section 3", "03", Period.ofMonths(6), null, Renewal.SIX_SIX_TWELVE_MONTHS),
    SECTION_4("Section 4", "04", null, Duration.ofHours(72), Renewal.NONE),
    SECTION_5_2("Section 5(2)", "05", null, Duration.ofHours(72), Renewal.NONE),
    SECTION_5_4("Section 5(4)", "06", null, Duration.ofHours(6), Renewal.NONE),
    SECTION_35("Section 35", "07", Period.ofDays(28), null, Renewal.REMAND_28_DAYS),
    SECTION_36("Section 36", "08", Period.ofDays(28), null, Renewal.REMAND_28_DAYS),
    SECTION_37_41("Section 37/41", "09", null, null, Renewal.NONE),
    SECTION_37("Section 37", "10", Period.ofMonths(6), null, Renewal.SIX_SIX_TWELVE_MONTHS),
    SECTION_38("Section 38", "12", Period.ofWeeks(12), null, Renewal.INTERIM_ORDER_28_DAYS),
    SECTION_47_49("Section 47/49", "15", null, null, Renewal.NONE),
    SECTION_48_49("Section 48/49", "17", null, null, Renewal.NONE),
    SECTION_135("Section 135", "19", null, Duration.ofHours(24), Renewal.NONE),
    SECTION_136("Section 136", "20", null, Duration.ofHours(24), Renewal.NONE),
    CTO("Community treatment order (section 17A)", null, Period.ofMonths(6), null, Renewal.SIX_SIX_TWELVE_MONTHS),
    GUARDIANSHIP("Guardianship (section 7)", "35", Period.ofMonths(6), null, Renewal.SIX_SIX_TWELVE_MONTHS);

    private final String label;
    private final String nhsCode;
    private final Period days;
    private final Duration hours;
    private final Renewal renewal;

    MentalHealthActSection(String label, String nhsCode, Period days, Duration hours, Renewal renewal) {
        this.label = label;
        this.nhsCode = nhsCode;
        this.days = days;
        this.hours = hours;
        this.renewal = renewal;
    }

    @Override
    public String label() {
        return label;
    }

    /** NHS Data Dictionary legal status classification code, or null where it has none. */
    public String nhsCode() {
        return nhsCode;
    }

    public Renewal renewal() {
        return renewal;
    }

    public boolean isRenewable() {
        return renewal != Renewal.NONE;
    }

    /** Counted in hours (the short holding powers) rather than days. */
    public boolean isCountedInHours() {
        return hours != null;
    }

    public boolean isDetentionOrOrder() {
        return this != INFORMAL;
    }

    /** When a status starting then ends by itself, if it does. */
    public Optional<Instant> expiryFrom(Instant start) {
        if (hours != null) {
            return Optional.of(start.plus(hours));
        }
        if (days != null) {
            return Optional.of(ZonedDateTime.ofInstant(start, UkDates.UK).plus(days).toInstant());
        }
        return Optional.empty();
    }

    /** The usual length in words, for the form's hint. */
    public String usualLength() {
        if (hours != null) {
            return hours.toHours() + " hours";
        }
        if (days == null) {
            return "no fixed end";
        }
        if (days.getMonths() > 0) {
            return days.getMonths() + " months";
        }
        return days.getDays() % 7 == 0 && days.getDays() > 28 ? days.getDays() / 7 + " weeks" : days.getDays() + " days";
    }
}
