package org.openepr.caserecord.interfaces.web.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A small chart drawn on the server as SVG polylines: a summary panel is inserted into the page as HTML, so a
 * charting widget's script would not run there. Time runs left to right over the chart's window, values bottom to
 * top between the lowest and highest reading of all its lines (so systolic and diastolic share one scale).
 */
public record SparkLine(List<String> lines, String lowest, String highest, int readings) {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 60;
    private static final int PAD = 4;

    /** A reading: when, and one value per line. */
    public record Point(Instant at, List<BigDecimal> values) {
    }

    public boolean isEmpty() {
        return readings == 0;
    }

    public static SparkLine of(List<Point> points, int lineCount, Instant from, Instant to) {
        if (points.isEmpty()) {
            return new SparkLine(List.of(), "", "", 0);
        }
        BigDecimal min = points.stream().flatMap(p -> p.values().stream()).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = points.stream().flatMap(p -> p.values().stream()).max(BigDecimal::compareTo).orElseThrow();
        double span = Math.max(max.subtract(min).doubleValue(), 1e-9);
        double window = Math.max(to.toEpochMilli() - from.toEpochMilli(), 1);
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            int line = i;
            lines.add(points.stream().filter(p -> p.values().size() > line).map(p -> {
                double x = PAD + (WIDTH - 2 * PAD) * Math.min(1, Math.max(0, (p.at().toEpochMilli() - from.toEpochMilli()) / window));
                double y = max.compareTo(min) == 0 ? HEIGHT / 2.0
                        : HEIGHT - PAD - (HEIGHT - 2 * PAD) * (p.values().get(line).subtract(min).doubleValue() / span);
                return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
            }).collect(Collectors.joining(" ")));
        }
        return new SparkLine(List.copyOf(lines), min.stripTrailingZeros().toPlainString(), max.stripTrailingZeros().toPlainString(), points.size());
    }
}
