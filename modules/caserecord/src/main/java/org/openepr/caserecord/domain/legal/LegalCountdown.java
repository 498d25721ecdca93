package org.openepr.caserecord.domain.legal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.openepr.platform.time.UkDates;

/**
 * A legal status as the banner puts it: "Section 3, 41 days left, renewal due 14-Apr-2027"; "Section 5(2), 70 hours
 * left, ends 06-Mar-2027 10:00"; "Section 2, expired 2 days ago (ended 01-Mar-2027)". {@code urgent} when a week
 * or less is left on a status counted in days (a quarter of the time on one counted in hours), or it has expired.
 */
public record LegalCountdown(String text, boolean urgent, boolean expired) {

    static LegalCountdown of(LegalStatus status, Instant now) {
        MentalHealthActSection section = status.section();
        Instant expiry = status.expiresAt();
        if (!status.isCurrent()) {
            return new LegalCountdown(section.label() + ", ended " + UkDates.dateTime(status.endedAt()), false, false);
        }
        if (expiry == null) {
            return new LegalCountdown(section == MentalHealthActSection.INFORMAL ? "Informal" : section.label() + ", no fixed end", false, false);
        }
        String due = section.isRenewable() ? "renewal due " : "ends ";
        String when = section.isCountedInHours() ? UkDates.dateTime(expiry) : UkDates.date(expiry);
        if (!now.isBefore(expiry)) {
            LocalDate today = LocalDate.ofInstant(now, UkDates.UK);
            long ago = ChronoUnit.DAYS.between(LocalDate.ofInstant(expiry, UkDates.UK), today);
            String agoText = section.isCountedInHours() ? Duration.between(expiry, now).toHours() + " hours ago"
                    : ago == 0 ? "today" : ago == 1 ? "1 day ago" : ago + " days ago";
            return new LegalCountdown(section.label() + ", expired " + agoText + " (" + (section.isRenewable() ? "renewal was due " : "ended ")
                    + when + ")", true, true);
        }
        if (section.isCountedInHours()) {
            Duration left = Duration.between(now, expiry);
            Duration whole = Duration.between(status.startedAt(), expiry);
            long hoursLeft = left.toHours();
            String leftText = hoursLeft == 0 ? left.toMinutes() + " minutes left" : hoursLeft == 1 ? "1 hour left" : hoursLeft + " hours left";
            return new LegalCountdown(section.label() + ", " + leftText + ", " + due + when, left.compareTo(whole.dividedBy(4)) <= 0, false);
        }
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, UkDates.UK), LocalDate.ofInstant(expiry, UkDates.UK));
        String leftText = days == 0 ? "last day" : days == 1 ? "1 day left" : days + " days left";
        return new LegalCountdown(section.label() + ", " + leftText + ", " + due + when, days <= 7, false);
    }
}
