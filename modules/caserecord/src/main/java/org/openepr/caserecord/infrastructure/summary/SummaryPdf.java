package org.openepr.caserecord.infrastructure.summary;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.caserecord.application.summary.OpenSummary;
import org.openepr.caserecord.application.summary.SummaryPrinter;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.summary.PrintedSection;
import org.openepr.platform.time.UkDates;

/** The printable case record summary: who the patient is, then each module's section as a table, on the platform's frame. */
@ApplicationScoped
public class SummaryPdf implements SummaryPrinter {

    @Override
    public byte[] render(OpenSummary.Opened opened, List<Part> parts, PrintedDocument.Printed printed) {
        Font title = PrintedDocument.bold(14);
        Font heading = PrintedDocument.bold(11);
        Font head = PrintedDocument.bold(9);
        Font body = PrintedDocument.regular(9);
        Font small = PrintedDocument.regular(8);
        var p = opened.patient();
        return PrintedDocument.render(PageSize.A4, "Case record summary: " + p.displayName(), printed, doc -> {
            doc.add(new Paragraph("Case record summary", title));
            doc.add(new Paragraph(p.displayName(), heading));
            doc.add(new Paragraph("NHS number " + p.nhsNumberFormatted() + " · Born " + UkDates.date(p.birthDate()) + " (" + opened.age() + "y)", body));
            if (parts.isEmpty()) {
                doc.add(new Paragraph("Nothing of this record is open to your role.", body));
            }
            for (Part part : parts) {
                Paragraph gap = new Paragraph(" ", small);
                doc.add(gap);
                if (part.missing() != null) {
                    doc.add(new Paragraph(part.missing().title(), heading));
                    doc.add(new Paragraph("This section could not be loaded (reference " + part.missing().reference() + ")", body));
                    continue;
                }
                PrintedSection s = part.section();
                doc.add(new Paragraph(s.title() + " (as of " + UkDates.clockTime(s.asOf()) + ")", heading));
                if (s.rows().isEmpty()) {
                    doc.add(new Paragraph(s.emptyText(), body));
                } else {
                    PdfPTable table = new PdfPTable(s.columns().size());
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1); // the column names again on every page the table runs onto
                    for (String column : s.columns()) {
                        PdfPCell cell = new PdfPCell(new Phrase(column, head));
                        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                        table.addCell(cell);
                    }
                    for (List<String> row : s.rows()) {
                        for (int i = 0; i < s.columns().size(); i++) {
                            table.addCell(new Phrase(i < row.size() && row.get(i) != null ? row.get(i) : "", body));
                        }
                    }
                    doc.add(table);
                }
                if (s.note() != null) {
                    doc.add(new Paragraph(s.note(), small));
                }
            }
        });
    }
}
