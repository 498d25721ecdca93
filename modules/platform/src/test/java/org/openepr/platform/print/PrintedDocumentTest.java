package org.openepr.platform.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrintedDocumentTest {

    @Test
    void everyPageSaysConfidentialWhoPrintedItWhenAndPageXOfYAndNamesPrintWhole() throws Exception {
        var printed = new PrintedDocument.Printed("Camden and Islington NHS Foundation Trust", "Mei Chen", Instant.parse("2027-03-03T10:15:00Z"));
        byte[] pdf = PrintedDocument.render(PageSize.A4, "Test", printed, doc -> {
            doc.add(new Paragraph("O'BRIEN-NGUYỄN, Đức", PrintedDocument.regular(12)));
            doc.newPage();
            doc.add(new Paragraph("Second page", PrintedDocument.regular(12)));
        });
        String first;
        String second;
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertEquals(2, read.getNumberOfPages());
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            first = text.getText(read);
            text.setStartPage(2);
            text.setEndPage(2);
            second = text.getText(read);
        }
        assertTrue(first.contains("O'BRIEN-NGUYỄN, Đức"), "every letter of the name is printed: " + first);
        assertTrue(first.contains("CONFIDENTIAL"), first);
        assertTrue(first.contains("Printed by Mei Chen at 03-Mar-2027 10:15"), first);
        assertTrue(first.contains("Page 1 of 2"), first);
        assertTrue(second.contains("Page 2 of 2") && second.contains("CONFIDENTIAL"), second);
        assertTrue(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("DejaVuSans"), "the font is embedded");
    }
}
