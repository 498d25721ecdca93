package org.openepr.caserecord.interfaces.web.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.observations.ObservationsAtAGlance;
import org.openepr.platform.summary.PrintedSection;
import org.openepr.platform.summary.Snapshot;
import org.openepr.platform.summary.SummaryPanel;
import org.openepr.platform.summary.SummaryPart;
import org.openepr.platform.time.UkDates;

/**
 * The summary's observations: the latest value of each sign, and small charts of weight and blood pressure over the
 * last year, drawn here as SVG (see {@link SparkLine}); the view asks this bean for them by name.
 */
@ApplicationScoped
@Named("observationsSummary")
public class ObservationsSummaryPanel implements SummaryPart {

    static final String TITLE = "Observations";
    static final int ORDER = 70;

    @Inject
    ObservationsAtAGlance observations;

    @Override
    public SummaryPanel panel() {
        return new SummaryPanel("observations", TITLE, "/caserecord/summary-observations.xhtml", ORDER, ObservationsAtAGlance.class);
    }

    @Override
    public Snapshot load(UUID patientId) {
        return observations.of(patientId);
    }

    /** Weight over the chart's window, one line. */
    public SparkLine weightChart(ObservationsAtAGlance.Latest data) {
        return SparkLine.of(data.weights().stream().map(o -> new SparkLine.Point(o.takenAt(), List.of(o.value()))).toList(), 1, from(data), data.asOf());
    }

    /** Blood pressure over the chart's window: systolic and diastolic, one scale. */
    public SparkLine pressureChart(ObservationsAtAGlance.Latest data) {
        return SparkLine.of(data.pressures().stream().filter(o -> o.diastolic() != null)
                .map(o -> new SparkLine.Point(o.takenAt(), List.of(o.value(), o.diastolic()))).toList(), 2, from(data), data.asOf());
    }

    private static java.time.Instant from(ObservationsAtAGlance.Latest data) {
        return data.chartFrom().atStartOfDay(UkDates.UK).toInstant();
    }

    @Override
    public PrintedSection print(UUID patientId) {
        ObservationsAtAGlance.Latest data = observations.of(patientId);
        List<List<String>> rows = data.latest().stream().map(o -> List.of(o.kind().label(), o.display(), UkDates.dateTime(o.takenAt()))).toList();
        String note = data.weights().size() + " weight(s) and " + data.pressures().size() + " blood pressure(s) since " + UkDates.date(data.chartFrom())
                + " are charted on the screen (at most " + ObservationsAtAGlance.POINTS + " each)";
        return new PrintedSection(TITLE, List.of("Sign", "Latest", "Taken"), rows, "No observations recorded", note, data.asOf());
    }

}
