package org.openepr.clinics.application;

import org.openepr.clinics.application.Views.ClinicList;
import org.openepr.platform.print.PrintedDocument;

/** Renders a clinic list for printing (PDF, in infrastructure). */
public interface ClinicListPrinter {
    byte[] render(ClinicList list, PrintedDocument.Printed printed);
}
