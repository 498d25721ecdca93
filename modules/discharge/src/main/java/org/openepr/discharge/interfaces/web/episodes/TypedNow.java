package org.openepr.discharge.interfaces.web.episodes;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.time.UkDates;

/** Now, as a form's date and time fields start: DD/MM/YYYY and HH:MM in UK time. */
record TypedNow(String date, String time) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static TypedNow of(ServiceClock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), UkDates.UK);
        return new TypedNow(UkDates.typed(now.toLocalDate()), HH_MM.format(now));
    }
}
