package org.openepr.clinics.infrastructure;

import org.openepr.platform.time.UkDates;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import jakarta.enterprise.context.ApplicationScoped;
import org.openepr.clinics.application.ReferrerLetters;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.platform.print.PrintedDocument;

/** The letter to the referrer after a DNA and discharge, on the platform's printed-document frame. */
@ApplicationScoped
public class ReferrerLetterPdf implements ReferrerLetters.Printer {


    @Override
    public byte[] dnaDischarge(BookingView b, PrintedDocument.Printed printed) {
        var patient = b.patient();
        return PrintedDocument.render(PageSize.A4, "Did not attend: " + patient.displayName(), printed, doc -> {
            doc.add(new Paragraph(printed.trustName() + ", " + b.clinicName(), PrintedDocument.bold(11)));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("To the referrer", PrintedDocument.regular(11)));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Patient did not attend: discharged back to your care", PrintedDocument.bold(13)));
            doc.add(new Paragraph(patient.displayName() + ", NHS number " + patient.nhsNumberFormatted() + ", born "
                    + UkDates.date(patient.birthDate()), PrintedDocument.regular(11)));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("The patient did not attend their appointment at " + b.clinicName() + " on "
                    + UkDates.longDay(b.startsAt()) + " at " + UkDates.time(b.startsAt()) + ". Following the trust's policy they have been discharged from the clinic "
                    + "and back to your care. If you still need the service to see them, please refer them again.",
                    PrintedDocument.regular(11)));
        });
    }
}
