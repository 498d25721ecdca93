package org.openepr.caserecord.infrastructure.summary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openepr.caserecord.application.summary.OpenSummary;
import org.openepr.caserecord.application.summary.SummaryPrinter;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.summary.PrintedSection;

class SummaryPdfTest {

    @Test
    void eachSectionPrintsWithItsTimeAndAFailedOneIsNamedWithItsReferenceWhileTheOthersPrint() throws Exception {
        var patient = new PatientSummary(UUID.randomUUID(), "9434765919", "943 476 5919", "O'BRIEN-NGUYỄN, Đức", LocalDate.of(1961, 3, 3));
        var opened = new OpenSummary.Opened(patient, 66, Instant.parse("2027-03-03T10:04:00Z"));
        var medicines = new PrintedSection("Current medicines", List.of("Medicine", "Dose"), List.of(List.of("Sertraline 50mg tablets", "50 mg once a day")),
                "No current medicines", null, Instant.parse("2027-03-03T10:04:31Z"));
        var care = new PrintedSection("Care team", List.of("Who", "Role"), List.of(), "No care team recorded", "Current members only",
                Instant.parse("2027-03-03T10:04:32Z"));
        byte[] pdf = new SummaryPdf().render(opened, List.of(new SummaryPrinter.Part(medicines, null),
                new SummaryPrinter.Part(null, new SummaryPrinter.Missing("Appointments", "S-1a2b3c4d")), new SummaryPrinter.Part(care, null)),
                new PrintedDocument.Printed("Camden and Islington NHS Foundation Trust", "Asha Patel", Instant.parse("2027-03-03T10:05:00Z")));
        String text;
        try (var read = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(read);
        }
        assertTrue(text.contains("O'BRIEN-NGUYỄN, Đức") && text.contains("943 476 5919") && text.contains("03-Mar-1961 (66y)"), text);
        assertTrue(text.contains("Current medicines (as of 10:04:31)") && text.contains("Sertraline 50mg tablets"), text);
        assertTrue(text.contains("This section could not be loaded (reference S-1a2b3c4d)"), text);
        assertTrue(text.contains("Care team (as of 10:04:32)") && text.contains("No care team recorded") && text.contains("Current members only"), text);
        assertTrue(text.indexOf("Current medicines") < text.indexOf("Appointments") && text.indexOf("Appointments") < text.indexOf("Care team"),
                "in the order given: " + text);
        assertTrue(text.contains("CONFIDENTIAL") && text.contains("Printed by Asha Patel"), text);
    }
}
