package org.openepr.clinics.infrastructure;

import org.openepr.platform.time.UkDates;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import org.openepr.clinics.application.ClinicListPrinter;
import org.openepr.clinics.application.Views.ClinicList;
import org.openepr.clinics.application.Views.ClinicListRow;
import org.openepr.clinics.application.Views.ClinicListSession;
import org.openepr.platform.print.PrintedDocument;

/** The printable clinic list, one table per session in slot order, on the platform's printed-document frame. */
@ApplicationScoped
public class ClinicListPdf implements ClinicListPrinter {


    @Override
    public byte[] render(ClinicList list, PrintedDocument.Printed printed) {
        Font title = PrintedDocument.bold(14);
        Font head = PrintedDocument.bold(9);
        Font body = PrintedDocument.regular(9);
        return PrintedDocument.render(PageSize.A4.rotate(), "Clinic list: " + list.clinic().name() + ", " + list.date(), printed, doc -> {
            doc.add(new Paragraph(list.clinic().name() + " (" + list.clinic().service() + "), " + list.clinic().location(), title));
            doc.add(new Paragraph(UkDates.longDay(list.date()) + " · " + list.bookedCount() + " booked", body));
            if (list.sessions().isEmpty()) {
                doc.add(new Paragraph("No sessions on this day.", body));
            }
            for (ClinicListSession session : list.sessions()) {
                var s = session.session();
                doc.add(new Paragraph(" "));
                doc.add(new Paragraph(UkDates.time(s.startsAt()) + "–" + UkDates.time(s.endsAt()) + " · " + s.clinician()
                        + (s.isCancelled() ? " · Cancelled: " + s.cancelReason() : ""), head));
                PdfPTable table = new PdfPTable(new float[] {1.2f, 3.5f, 2.2f, 1.8f, 1.5f, 3f, 2f, 2f});
                table.setWidthPercentage(100);
                table.setHeaderRows(1); // the column names again on every page the table runs onto
                for (String h : new String[] {"Time", "Patient", "NHS number", "Born", "Type", "Reason", "Status", "Outcome / notes"}) {
                    PdfPCell cell = new PdfPCell(new Phrase(h, head));
                    cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                    table.addCell(cell);
                }
                for (ClinicListRow row : session.rows()) {
                    var b = row.booking();
                    table.addCell(new Phrase(UkDates.time(row.slot().startsAt()), body));
                    table.addCell(new Phrase(b == null || b.patient() == null ? "— free —" : b.patient().displayName(), body));
                    table.addCell(new Phrase(b == null || b.patient() == null ? "" : b.patient().nhsNumberFormatted(), body));
                    table.addCell(new Phrase(b == null || b.patient() == null ? "" : UkDates.date(b.patient().birthDate()), body));
                    table.addCell(new Phrase((b == null ? row.slot().appointmentType() : b.appointmentType()).label(), body));
                    table.addCell(new Phrase(b == null || b.reason() == null ? "" : b.reason(), body));
                    table.addCell(new Phrase(b == null ? "" : b.statusLabel(), body));
                    table.addCell(new Phrase("", body));
                }
                doc.add(table);
            }
        });
    }
}
