package org.openepr.medicines.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.medicines.application.CurrentMedicines;
import org.openepr.medicines.application.OrderView;
import org.openepr.platform.summary.PrintedSection;
import org.openepr.platform.summary.Snapshot;
import org.openepr.platform.summary.SummaryPanel;
import org.openepr.platform.summary.SummaryPart;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.StaffNames;

/** Current medicines with their verification state, on the case record summary and its printout. */
@ApplicationScoped
public class MedicinesSummary implements SummaryPart {

    static final String TITLE = "Current medicines";
    static final int ORDER = 20;

    @Inject
    CurrentMedicines currentMedicines;

    @Inject
    StaffNames staff;

    @Override
    public SummaryPanel panel() {
        return new SummaryPanel("medicines", TITLE, "/medicines/summary-medicines.xhtml", ORDER, CurrentMedicines.class);
    }

    @Override
    public Snapshot load(UUID patientId) {
        return currentMedicines.of(patientId);
    }

    @Override
    public PrintedSection print(UUID patientId) {
        CurrentMedicines.Listed listed = currentMedicines.of(patientId);
        List<List<String>> rows = listed.orders().stream().map(o -> List.of(o.productName() + (o.highRisk() ? " (high risk)" : ""),
                o.doseAndFrequency(), UkDates.date(o.start()) + (o.end() == null ? "" : " to " + UkDates.date(o.end())), pharmacy(o))).toList();
        return new PrintedSection(TITLE, List.of("Medicine", "Dose", "From", "Pharmacy"), rows, "No current medicines",
                listed.more() ? "Only the newest " + CurrentMedicines.SHOWN + " are printed: the patient's record lists them all" : null,
                listed.asOf());
    }

    private String pharmacy(OrderView o) {
        return o.status().label() + (o.verification().isVerified() ? " by " + staff.name(o.verifiedBy()) + ", " + UkDates.dateTime(o.verifiedAt()) : "");
    }
}
