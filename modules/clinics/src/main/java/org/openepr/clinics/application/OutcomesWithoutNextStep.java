package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.util.List;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The safety net: appointments with an outcome and no next step, patients on no list. Outcomes are recorded together
 * with their next step, so this should be empty; anything here (older records, a change made outside the screens) is
 * shown until someone gives it a next step.
 */
@UseCase
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
@ReadsOnly
public class OutcomesWithoutNextStep {

    static final int MAX = 500;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingViews views;

    @Inject
    AuditTrail audit;

    public List<BookingView> list() {
        List<BookingView> found = views.of(bookings.withOutcomeButNoNextStep(MAX));
        audit.record(ClinicAudit.APPOINTMENTS_VIEWED, null, null, "outcomes without a next step count=" + found.size());
        return found;
    }
}
