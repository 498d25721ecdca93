package org.openepr.caserecord.application.summary;

import java.util.List;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.summary.PrintedSection;

/** Renders the printable case record summary (PDF, in infrastructure). */
public interface SummaryPrinter {

    /** A section that could not be read: printed as such, with the reference of the logged failure. */
    record Missing(String title, String reference) {
    }

    /** The sections in order; each is either printed or missing. */
    record Part(PrintedSection section, Missing missing) {
    }

    byte[] render(OpenSummary.Opened opened, List<Part> parts, PrintedDocument.Printed printed);
}
