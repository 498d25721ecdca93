package org.openepr.discharge.infrastructure.summary;

import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.openepr.discharge.application.summary.PrintSummary;
import org.openepr.discharge.domain.summary.Heading;
import org.openepr.discharge.domain.summary.SummaryDocuments;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.time.UkDates;

/** A discharge summary on paper: who, which version (or DRAFT), then every heading and its text, on the platform's frame. */
@ApplicationScoped
public class SummaryPdf implements PrintSummary.Printer {

    @Override
    public byte[] render(SummaryDocuments.Facts f, String printedBy, Instant printedAt) {
        Font title = PrintedDocument.bold(14);
        Font heading = PrintedDocument.bold(11);
        Font body = PrintedDocument.regular(10);
        Font missing = PrintedDocument.regular(9);
        var p = f.patient();
        return PrintedDocument.render(PageSize.A4, "Discharge summary: " + p.displayName(), new PrintedDocument.Printed(f.trustName(), printedBy, printedAt),
                doc -> {
                    doc.add(new Paragraph(f.isDraft() ? "Discharge summary: DRAFT, not signed" : "Discharge summary, version " + f.version()
                            + (f.replacesVersion() == null ? "" : " (replaces version " + f.replacesVersion() + ")"), title));
                    doc.add(new Paragraph(p.displayName() + " · NHS number " + p.nhsNumberFormatted() + " · Born " + UkDates.date(p.birthDate()), body));
                    doc.add(new Paragraph((f.isDraft() ? "Last saved " : "Signed by " + f.authorName() + " on ") + UkDates.dateTime(f.date()), body));
                    for (Heading h : Heading.values()) {
                        doc.add(new Paragraph(" ", missing));
                        doc.add(new Paragraph(h.label(), heading));
                        String text = f.content().of(h);
                        doc.add(text.isBlank() ? new Paragraph(h.isMandatory() ? "Not yet written (mandatory)" : "Not recorded", missing)
                                : new Paragraph(text, body));
                    }
                });
    }
}
