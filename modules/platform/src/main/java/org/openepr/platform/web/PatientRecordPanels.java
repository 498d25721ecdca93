package org.openepr.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The panels the installed modules add to the patient's page, in order. */
@Named
@ApplicationScoped
public class PatientRecordPanels {

    @Inject
    Instance<PatientRecordPanel> panels;

    public List<String> getViews() {
        return panels.stream().sorted(Comparator.comparingInt(PatientRecordPanel::order)).map(PatientRecordPanel::view).toList();
    }
}
