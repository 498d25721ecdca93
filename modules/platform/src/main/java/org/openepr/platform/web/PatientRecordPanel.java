package org.openepr.platform.web;

/**
 * A section another module adds to the patient's page (appointments, medicines...), so the patient index
 * shows them without knowing the modules. The view gets the patient as the EL variable {@code patient}.
 */
public interface PatientRecordPanel {

    /** Facelet path, e.g. /clinics/patient-appointments.xhtml. */
    String view();

    int order();
}
