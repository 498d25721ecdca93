package org.openepr.it.importing.seed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.WaitingList;
import org.openepr.clinics.application.Views.ClinicListSession;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.BankHolidays;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.it.support.Beans;

/**
 * Every kind of record the clinics module holds, for the given patients of the current trust (run inside
 * {@code RoundTrip.as(trust, user, ...)}, as its admin who is also a clinician), made through the module's own use
 * cases: three clinics with a session template each, their sessions and slots; today's session starts a few seconds from
 * now, so its patients are booked, checked in, seen (discharged or followed up, so the waiting list gets entries), could
 * not be seen, or did not attend (once the first slot has started); later sessions hold bookings that stay booked, are
 * cancelled by the patient or the trust, rescheduled, or moved to the to-be-rebooked list by a cancelled session and
 * rebooked; another session of today is cancelled after some of its patients were seen (they keep their places in its
 * closed slots). The waiting list gets new referrals (urgent and routine, some booked from the list), the follow-ups
 * and other appointments outcomes put there, and an entry withdrawn by an undone DNA. One booking per patient per session, as the rules say. A few hundred patients take seconds.
 */
public final class ClinicsSeed {

    /** Today's slots: 5 minutes, 50 places each, for two hours: up to 1,200 patients today. */
    static final int TODAY_CAPACITY = 50;
    static final int FUTURE_CAPACITY = 4;

    private ClinicsSeed() {
    }

    public static void seed(List<UUID> patients) {
        ClinicSetup setup = Beans.get(ClinicSetup.class);
        BookAppointment book = Beans.get(BookAppointment.class);
        ClinicDay day = Beans.get(ClinicDay.class);
        Clock clock = Beans.get(Clock.class);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (BankHolidays.isBankHoliday(today) || now.toLocalTime().isAfter(LocalTime.of(21, 50))) {
            throw new IllegalStateException("The clinics seed needs a session today: not on a bank holiday, nor after 21:50 (" + now + ")");
        }

        // today: the first slot starts in ten seconds; its patients are booked first, to record a DNA once it has started
        ClinicView todayClinic = setup.createClinic(new ClinicSetup.ClinicForm("Memory Clinic " + tag, "Memory Service",
                "Goodmayes Hospital, Room 2", "Dr Asha Patel, Nurse Ben Jones"));
        LocalTime first = now.toLocalTime().plusSeconds(10).withNano(0);
        setup.addTemplate(todayClinic.id(), new SessionPattern.Form(today.getDayOfWeek().name(), first.toString(),
                first.plusMinutes(120).toString(), "5", Integer.toString(TODAY_CAPACITY), "new", "Dr Asha Patel", today.toString(),
                today.toString()));
        setup.generate(todayClinic.id(), today, today);
        List<SlotView> todaySlots = slots(day, todayClinic.id(), today);
        Places todayPlaces = new Places(todaySlots.subList(1, todaySlots.size()), TODAY_CAPACITY);

        List<UUID> todays = new ArrayList<>();
        List<UUID> later = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            (i % 2 == 0 ? todays : later).add(patients.get(i));
        }
        // those who will not attend first, into the first slot, while it has not started
        List<UUID> didNotAttend = new ArrayList<>();
        for (int i = 3; i < todays.size() && didNotAttend.size() < TODAY_CAPACITY; i += 5) {
            UUID booking = UUID.randomUUID();
            book.book(new BookAppointment.Request(booking, todaySlots.get(0).id(), todays.get(i), null, null, todayClinic.id()));
            didNotAttend.add(booking);
        }
        Map<UUID, Integer> todayKind = new LinkedHashMap<>();
        for (int i = 0; i < todays.size(); i++) {
            int kind = i % 5;
            if (kind == 3 && i / 5 < didNotAttend.size()) {
                continue;
            }
            UUID booking = UUID.randomUUID();
            book.book(new BookAppointment.Request(booking, todayPlaces.next(), todays.get(i), null, i % 3 == 0 ? "Memory assessment" : null,
                    todayClinic.id()));
            todayKind.put(booking, kind == 3 ? 0 : kind);
        }

        // a session of today cancelled after some of its patients were seen: they keep their places in its closed slots
        ClinicView dropIn = setup.createClinic(new ClinicSetup.ClinicForm("Drop-in Clinic " + tag, "Memory Service",
                "Goodmayes Hospital, Room 3", "Nurse Ben Jones"));
        setup.addTemplate(dropIn.id(), new SessionPattern.Form(today.getDayOfWeek().name(), first.toString(), first.plusMinutes(30).toString(),
                "10", "10", "new", "Nurse Ben Jones", today.toString(), today.toString()));
        setup.generate(dropIn.id(), today, today);
        List<SlotView> dropInSlots = slots(day, dropIn.id(), today);
        for (int i = 0; i < Math.min(6, todays.size()); i++) {
            UUID booking = UUID.randomUUID();
            book.book(new BookAppointment.Request(booking, dropInSlots.get(1 + i % 2).id(), todays.get(i), null, null, dropIn.id()));
            if (i % 2 == 0) {
                day.checkIn(booking);
                day.conclude(booking, "ATTENDED", "DISCHARGE", null);
            }
        }
        setup.cancelSession(dropInSlots.get(0).sessionId(), "Nurse off sick");

        // later: a follow-up clinic each week for as many weeks as its patients need
        ClinicView laterClinic = setup.createClinic(new ClinicSetup.ClinicForm("Podiatry Clinic " + tag, "Podiatry",
                "Barking Community Hospital", "Mr Carl Obi, Ms Dana Fry"));
        int weeks = Math.max(3, later.size() / 40 + 2);
        LocalDate firstDay = today.plusDays(7);
        setup.addTemplate(laterClinic.id(), new SessionPattern.Form(firstDay.getDayOfWeek().name(), "09:00", "17:00", "15",
                Integer.toString(FUTURE_CAPACITY), "follow-up", "Mr Carl Obi", today.plusDays(1).toString(), null));
        setup.generate(laterClinic.id(), today.plusDays(1), firstDay.plusWeeks(weeks + 1));
        List<Places> sessions = new ArrayList<>();
        for (int w = 0; w <= weeks + 1; w++) {
            List<SlotView> slots = slots(day, laterClinic.id(), firstDay.plusWeeks(w));
            if (!slots.isEmpty()) {
                sessions.add(new Places(slots, FUTURE_CAPACITY));
            }
        }
        Places cancelled = sessions.get(0);
        List<Places> open = sessions.subList(1, sessions.size());
        for (int i = 0; i < later.size(); i++) {
            UUID patient = later.get(i);
            Places session = i % 4 == 0 ? cancelled : open.get(i % open.size());
            UUID booking = UUID.randomUUID();
            book.book(new BookAppointment.Request(booking, session.next(), patient, null, i % 2 == 0 ? "Nail surgery review" : null, null));
            switch (i % 5) {
                case 1 -> book.cancel(booking, true, "Moving house");
                case 2 -> book.cancel(booking, false, "Clinician on leave");
                case 3 -> book.reschedule(booking, open.get((i + 1) % open.size()).next(), UUID.randomUUID(), "Patient asked for a later date");
                default -> {
                }
            }
        }
        // a session cancelled: its booked patients go on the to-be-rebooked list; every other one is rebooked
        setup.cancelSession(cancelled.slots.get(0).sessionId(), "Room flooded");
        var toRebook = Beans.get(org.openepr.clinics.application.Appointments.class).toBeRebooked().stream()
                .filter(b -> b.clinicId().equals(laterClinic.id())).toList();
        for (int i = 0; i < toRebook.size(); i += 2) {
            book.rebook(toRebook.get(i).id(), open.get(i % open.size()).next(), UUID.randomUUID());
        }

        // the waiting list: new referrals, urgent and routine, to two services; some booked from the list
        WaitingList waiting = Beans.get(WaitingList.class);
        for (int i = 0; i < Math.min(later.size(), 20); i++) {
            boolean memory = i % 2 == 0;
            var entry = waiting.refer(later.get(i), memory ? "Memory Service" : "Podiatry", today.minusDays(10 + i).toString(),
                    i % 3 == 0 ? "urgent" : "routine");
            if (memory && i % 4 == 0) {
                waiting.bookFromList(entry.id(), todayPlaces.next(), UUID.randomUUID());
            }
        }

        // today's clinic: arrived, seen (discharged or followed up), could not be seen; then, once it has started, DNAs
        int[] seen = new int[5];
        for (var e : todayKind.entrySet()) {
            int kind = e.getValue();
            boolean everyOther = seen[kind]++ % 2 == 0;
            switch (kind) {
                case 1 -> day.checkIn(e.getKey());
                case 2 -> {
                    day.checkIn(e.getKey());
                    day.conclude(e.getKey(), "ATTENDED", everyOther ? "DISCHARGE" : "FOLLOW_UP", everyOther ? null : 6);
                }
                case 4 -> {
                    day.checkIn(e.getKey());
                    day.conclude(e.getKey(), "COULD_NOT_BE_SEEN", everyOther ? "OFFER_ANOTHER" : "DISCHARGE", null);
                }
                default -> {
                }
            }
        }
        LocalDateTime started = LocalDateTime.of(today, first);
        while (!didNotAttend.isEmpty() && LocalDateTime.now(clock).isBefore(started)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for today's first slot to start", e);
            }
        }
        for (int i = 0; i < didNotAttend.size(); i++) {
            day.conclude(didNotAttend.get(i), "DID_NOT_ATTEND", i % 2 == 0 ? "OFFER_ANOTHER" : "DISCHARGE_TO_REFERRER", null);
        }
        // a DNA recorded in error and undone: its waiting-list entry is withdrawn (kept as history)
        if (!didNotAttend.isEmpty()) {
            day.undoDidNotAttend(didNotAttend.get(0));
        }
        // the trust's decisions for its clinics (kept in the platform's trust settings, exported with the trust), made
        // last so the outcomes above name their next steps as they always do
        setup.decide("DISCHARGE_TO_REFERRER", "07:00");
    }

    private static List<SlotView> slots(ClinicDay day, UUID clinic, LocalDate date) {
        List<SlotView> slots = new ArrayList<>();
        for (ClinicListSession s : day.list(clinic, date).sessions()) {
            s.rows().stream().map(r -> r.slot()).filter(v -> slots.stream().noneMatch(k -> k.id().equals(v.id()))).forEach(slots::add);
        }
        return slots;
    }

    /** The places of a session's slots, handed out in order. */
    private static final class Places {
        private final List<SlotView> slots;
        private final int capacity;
        private int taken;

        Places(List<SlotView> slots, int capacity) {
            this.slots = slots;
            this.capacity = capacity;
        }

        UUID next() {
            if (taken >= slots.size() * capacity) {
                throw new IllegalStateException("The seed ran out of places in a session");
            }
            return slots.get(taken++ / capacity).id();
        }
    }
}
