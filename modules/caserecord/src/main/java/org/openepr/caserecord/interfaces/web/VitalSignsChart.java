package org.openepr.caserecord.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.platform.time.UkDates;

/**
 * A Chart.js line chart (PrimeFaces 15's {@code p:chart} takes its JSON model) of one vital sign over time, oldest
 * first; blood pressure as two lines. PrimeFaces starts the chart from its own script, under the page's CSP nonce.
 */
final class VitalSignsChart {

    private static final String[] COLOURS = {"#005eb8", "#da291c"};

    private VitalSignsChart() {
    }

    static String of(VitalSign sign, List<Observation> newestFirst) {
        List<Observation> points = newestFirst.stream().filter(o -> o.kind() == sign && !o.isEnteredInError())
                .sorted(Comparator.comparing(Observation::takenAt)).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.forEach(o -> labels.add(UkDates.dateTime(o.takenAt())));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        if (sign == VitalSign.BLOOD_PRESSURE) {
            datasets.add(dataset("Systolic (mmHg)", points, Observation::value, COLOURS[0]));
            datasets.add(dataset("Diastolic (mmHg)", points, Observation::diastolic, COLOURS[1]));
        } else {
            datasets.add(dataset(sign.label() + " (" + sign.unit() + ")", points, Observation::value, COLOURS[0]));
        }
        JsonObjectBuilder yTitle = Json.createObjectBuilder().add("display", true).add("text", sign.unit());
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", sign.label())))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("title", yTitle))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, List<Observation> points, Function<Observation, BigDecimal> value, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(o -> data.add(value.apply(o)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour).add("backgroundColor", colour)
                .add("fill", false).add("tension", 0).add("pointRadius", 3);
    }

    static boolean hasPoints(VitalSign sign, List<Observation> newestFirst) {
        return newestFirst.stream().anyMatch(o -> o.kind() == sign && !o.isEnteredInError());
    }
}
