package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.clinics.ClinicsModule;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.BookingWithHistory;
import org.openepr.clinics.application.Views.ClinicWithTemplates;
import org.openepr.clinics.application.Views.ReferralDetail;
import org.openepr.clinics.application.Views.SessionDetail;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.application.Views.SlotWithSession;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.Slot;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Clinics (with their session templates), slots (with their sessions), appointments (with their history) and the
 * waiting list in id order, a page at a time, for the whole-trust export (the background worker only). */
@UseCase
@ReadsOnly
@Access(module = ClinicsModule.NAME, roles = Roles.BACKGROUND)
public class ClinicRecordsForExport {

    @Inject
    RecordPages pages;

    @Inject
    ClinicRepository clinics;

    @Inject
    BookingViews bookingViews;

    /** Each clinic with its session templates (a clinic has a handful). */
    public List<ClinicWithTemplates> clinicsAfter(String key, int size) {
        return pages.after(Clinic.class, key, size).stream().map(c -> ClinicWithTemplates.of(c, clinics.templatesOf(c.id()))).toList();
    }

    /** Each slot with its session: one query for the page's sessions. */
    public List<SlotWithSession> slotsAfter(String key, int size) {
        Map<UUID, String> names = clinics.names();
        List<Slot> page = pages.after(Slot.class, key, size);
        Map<UUID, ClinicSession> sessions = clinics.sessions(page.stream().map(Slot::sessionId).distinct().toList());
        return page.stream().map(s -> new SlotWithSession(SlotView.of(s, names.getOrDefault(s.clinicId(), "")),
                SessionDetail.of(sessions.get(s.sessionId())))).toList();
    }

    /** Each booking with what it has been through (who booked it and when, the outcome's who and when, its replacement). */
    public List<BookingWithHistory> appointmentsAfter(String key, int size) {
        List<Booking> page = pages.after(Booking.class, key, size);
        List<BookingView> views = bookingViews.of(page);
        return java.util.stream.IntStream.range(0, page.size()).mapToObj(i -> new BookingWithHistory(views.get(i), page.get(i).history())).toList();
    }

    /** The waiting list's entries, waiting or not (referrals, follow-ups, other appointments). */
    public List<ReferralDetail> referralsAfter(String key, int size) {
        return pages.after(Referral.class, key, size).stream().map(ReferralDetail::of).toList();
    }

    public long count(Class<?> entity) {
        return pages.count(entity);
    }
}
