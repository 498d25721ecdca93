package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.BookingRuleException;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.clinics.ClinicsModule;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Free slots by clinic, clinician, service and dates, earliest first. */
@UseCase
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
@ReadsOnly
public class FindFreeSlots {

    public static final int MAX_DAYS = 92;
    public static final int MAX_RESULTS = 200;

    @Inject
    ClinicRepository clinics;


    @Inject
    java.time.Clock clock;

    public java.util.List<SlotView> search(UUID clinicId, String clinician, String service, AppointmentType type, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BookingRuleException("to", "The end date must not be before the start date");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new BookingRuleException("to", "Search at most " + MAX_DAYS + " days at a time");
        }
        Map<UUID, String> names = clinics.names();
        if (clinicId != null && !names.containsKey(clinicId)) {
            throw new RecordNotFoundException("clinic");
        }
        // a slot that has started is no longer bookable, so it is not offered
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        java.time.LocalDateTime start = from.atStartOfDay().isBefore(now) ? now : from.atStartOfDay();
        var search = new ClinicRepository.FreeSlotSearch(clinicId, blankToNull(clinician), blankToNull(service), type,
                start, to.plusDays(1).atStartOfDay(), MAX_RESULTS);
        return clinics.freeSlots(search).stream().map(s -> SlotView.of(s, names.getOrDefault(s.clinicId(), ""))).toList();
    }

    public SlotView slot(UUID slotId) {
        var slot = clinics.findSlot(slotId).orElseThrow(() -> new RecordNotFoundException("slot"));
        return SlotView.of(slot, clinics.find(slot.clinicId()).map(Clinic::name).orElse(""));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
