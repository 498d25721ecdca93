package org.openepr.platform.offboarding;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.time.UkDates;

/** The erasure certificate as the operator keeps it: a PDF through {@link PrintedDocument}, like every printed document. */
public final class ErasureCertificatePdf {

    private ErasureCertificatePdf() {
    }

    public static byte[] render(Erasure e, String trustName, String printedBy, Instant printedAt) {
        Font title = PrintedDocument.bold(14);
        Font head = PrintedDocument.bold(9);
        Font body = PrintedDocument.regular(9);
        return PrintedDocument.render(PageSize.A4, "Erasure certificate: " + e.trust(), new PrintedDocument.Printed(trustName, printedBy, printedAt),
                "Erasure certificate: holds no patient information", doc -> {
                    doc.add(new Paragraph("Erasure certificate: " + trustName + " (" + e.trust() + ")", title));
                    doc.add(new Paragraph(" "));
                    PdfPTable facts = new PdfPTable(new float[] {2f, 5f});
                    facts.setWidthPercentage(100);
                    row(facts, "Erasure", e.id() + " (" + e.state() + ")", head, body);
                    row(facts, "Offboarding asked by", e.requestedBy() + " at " + when(e.requestedAt()), head, body);
                    row(facts, "Export received", "export " + e.exportJob() + ", confirmed by " + e.exportConfirmedBy() + " at "
                            + when(e.exportConfirmedAt()), head, body);
                    row(facts, "Started", when(e.startedAt()), head, body);
                    row(facts, "Finished", when(e.finishedAt()), head, body);
                    row(facts, "Rows", e.rowsBefore() + " before, " + e.rowsErased() + " erased, in " + e.tables().size() + " tables", head, body);
                    row(facts, "Files deleted", e.filesDeleted() + " (" + e.bytesDeleted() + " bytes): exports and unpacked imports", head, body);
                    row(facts, "Keycloak", e.keycloakSummary(), head, body);
                    doc.add(facts);
                    doc.add(new Paragraph(" "));
                    PdfPTable tables = new PdfPTable(new float[] {4f, 1.5f, 1.5f, 1.5f});
                    tables.setWidthPercentage(100);
                    tables.setHeaderRows(1);
                    for (String h : new String[] {"Table", "Rows before", "Erased", "Rows after"}) {
                        tables.addCell(new PdfPCell(new Phrase(h, head)));
                    }
                    for (ErasedTable t : e.tables()) {
                        tables.addCell(new Phrase(t.table(), body));
                        number(tables, String.valueOf(t.rowsBefore()), body);
                        number(tables, String.valueOf(t.rowsErased()), body);
                        number(tables, t.rowsAfter() == null ? "-" : String.valueOf(t.rowsAfter()), body);
                    }
                    doc.add(tables);
                    if (!e.keycloak().accounts().isEmpty()) {
                        doc.add(new Paragraph(" "));
                        doc.add(new Paragraph("Keycloak accounts of the trust's group", head));
                        PdfPTable accounts = new PdfPTable(new float[] {3f, 4f, 2f});
                        accounts.setWidthPercentage(100);
                        accounts.setHeaderRows(1);
                        for (String h : new String[] {"Account", "Done", "Other trusts"}) {
                            accounts.addCell(new PdfPCell(new Phrase(h, head)));
                        }
                        for (ErasedAccount a : e.keycloak().accounts()) {
                            accounts.addCell(new Phrase(a.username(), body));
                            accounts.addCell(new Phrase(a.done() ? a.action().label() : "Not done yet: " + a.action().label(), body));
                            accounts.addCell(new Phrase(a.otherTrusts(), body));
                        }
                        doc.add(accounts);
                    }
                });
    }

    private static void row(PdfPTable table, String name, String value, Font head, Font body) {
        table.addCell(new Phrase(name, head));
        table.addCell(new Phrase(value, body));
    }

    private static void number(PdfPTable table, String value, Font body) {
        PdfPCell cell = new PdfPCell(new Phrase(value, body));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private static String when(Instant at) {
        return at == null ? "-" : UkDates.auditTime(at);
    }
}
