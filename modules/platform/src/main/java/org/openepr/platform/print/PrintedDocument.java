package org.openepr.platform.print;

import org.openepr.platform.time.UkDates;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Every document the service prints: a Unicode font embedded (DejaVu Sans, so O'BRIEN-NGUYỄN prints as written, on
 * any printer), "CONFIDENTIAL" at the top of every page, and at the foot who printed it, when, and page x of y.
 * Modules write only their content.
 */
public final class PrintedDocument {

    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

    private PrintedDocument() {
    }

    /** Who printed it and when, for the foot of every page. */
    public record Printed(String trustName, String by, Instant at) {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    /** Renders a document: the content callback adds paragraphs and tables to the open document. */
    public static byte[] render(Rectangle pageSize, String title, Printed printed, Consumer<Document> content) {
        return render(pageSize, title, printed, PATIENT_INFORMATION, content);
    }

    /** The top line of a document with patient information; every other document says what it holds instead. */
    public static final String PATIENT_INFORMATION = "CONFIDENTIAL: contains patient information";

    /** As {@link #render(Rectangle, String, Printed, Consumer)}, with the top line of every page given (no patient data). */
    public static byte[] render(Rectangle pageSize, String title, Printed printed, String topLine, Consumer<Document> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(pageSize, 36, 36, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new Margins(printed, topLine));
        doc.addTitle(title);
        doc.addCreator("OpenEPR");
        doc.open();
        content.accept(doc);
        doc.close();
        return out.toByteArray();
    }

    private static BaseFont font(String file) {
        try (InputStream in = PrintedDocument.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the platform");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top and foot of every page; the total page count is filled in when the document closes. */
    private static final class Margins extends PdfPageEventHelper {

        private final Printed printed;
        private final String topLine;
        private PdfTemplate total;

        Margins(Printed printed, String topLine) {
            this.printed = printed;
            this.topLine = topLine;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float top = document.top() + 20;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(topLine, bold(8)),
                    document.left(), top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(printed.trustName(), regular(8)),
                    document.right(), top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("Printed by " + printed.by() + " at "
                    + UkDates.dateTime(printed.at()), regular(8)), document.left(), 24, 0);
            String pageText = "Page " + writer.getPageNumber() + " of ";
            float width = REGULAR.getWidthPoint(pageText, 8);
            float x = document.right() - 40 - width;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(pageText, regular(8)), x, 24, 0);
            canvas.addTemplate(total, x + width, 24);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(REGULAR, 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1)); // the count has moved past the last page
            total.endText();
        }
    }
}
