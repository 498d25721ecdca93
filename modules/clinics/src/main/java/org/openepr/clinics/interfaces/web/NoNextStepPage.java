package org.openepr.clinics.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openepr.clinics.application.OutcomesWithoutNextStep;
import org.openepr.clinics.application.Views.BookingView;

/** The list of patients with an outcome but no next step (it should be empty). */
@Named
@RequestScoped
public class NoNextStepPage {

    @Inject
    OutcomesWithoutNextStep report;

    private List<BookingView> entries;

    public List<BookingView> getEntries() {
        if (entries == null) {
            entries = report.list();
        }
        return entries;
    }
}
