package org.openepr.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.openepr.platform.time.UkDates;

/** The product's date style for Faces views: {@code #{dates.date(p.birthDate())}}, {@code #{dates.dayTime(s.startsAt())}}. */
@Named("dates")
@ApplicationScoped
public class Dates {

    public String date(Object when) {
        return UkDates.date(when);
    }

    public String time(Object when) {
        return UkDates.time(when);
    }

    public String clockTime(Object when) {
        return UkDates.clockTime(when);
    }

    public String dateTime(Object when) {
        return UkDates.dateTime(when);
    }

    public String day(Object when) {
        return UkDates.day(when);
    }

    public String dayTime(Object when) {
        return UkDates.dayTime(when);
    }

    public String longDay(Object when) {
        return UkDates.longDay(when);
    }

    public String typedPattern() {
        return "DD/MM/YYYY";
    }
}
