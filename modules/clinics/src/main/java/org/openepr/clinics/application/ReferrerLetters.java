package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.BookingRuleException;
import org.openepr.clinics.domain.NextStep;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The letter that goes with a discharge back to the referrer after a DNA: which appointment was missed, and why it ends. */
@UseCase
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
@ReadsOnly
public class ReferrerLetters {

    @Inject
    BookingRepository bookings;

    @Inject
    BookingViews views;

    @Inject
    AuditTrail audit;

    public BookingView dnaDischarge(UUID bookingId) {
        Booking b = bookings.find(bookingId).orElseThrow(() -> new RecordNotFoundException("appointment"));
        if (b.nextStep() != NextStep.DISCHARGE_TO_REFERRER) {
            throw new BookingRuleException("booking", "This appointment did not end in a discharge to the referrer");
        }
        audit.record(ClinicAudit.APPOINTMENT_VIEWED, b.id(), b.patientId(), "dna discharge letter printed");
        return views.of(b);
    }

    /** Renders letters for printing (PDF, in infrastructure). */
    public interface Printer {
        byte[] dnaDischarge(BookingView booking, PrintedDocument.Printed printed);
    }
}
