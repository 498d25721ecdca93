package org.openepr.discharge.application.sending;

import java.time.Duration;

/** An age as staff read it on the dashboard: "45 min", "7 h 05 min", "3 d 4 h". */
public final class Ages {

    private Ages() {
    }

    public static String of(Duration age) {
        if (age == null) {
            return "";
        }
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
        }
        return minutes / (24 * 60) + " d " + (minutes % (24 * 60)) / 60 + " h";
    }
}
