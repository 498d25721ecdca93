package org.openepr.clinics.domain;

import org.openepr.platform.persistence.Repository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Clinics, their templates, sessions and slots, within the current trust. */
public interface ClinicRepository extends Repository {

    Optional<Clinic> find(UUID clinicId);

    List<Clinic> all();

    /** Clinic names by id, for lists that show the clinic of each slot or booking. */
    default java.util.Map<UUID, String> names() {
        return all().stream().collect(java.util.stream.Collectors.toMap(Clinic::id, Clinic::name));
    }

    Optional<Clinic> findByName(String name);

    void add(Clinic clinic);

    void add(SessionTemplate template);

    void add(ClinicSession session, List<Slot> slots);

    List<SessionTemplate> templatesOf(UUID clinicId);

    Set<SessionPlanner.Existing> sessionsBetween(UUID clinicId, LocalDate from, LocalDate to);

    Optional<ClinicSession> findSession(UUID sessionId);

    List<ClinicSession> sessionsOn(UUID clinicId, LocalDate day);

    List<ClinicSession> sessionsBetween(UUID clinicId, String clinician, LocalDate from, LocalDate to);

    Optional<Slot> findSlot(UUID slotId);

    /** Sessions by id, in one query. */
    java.util.Map<UUID, ClinicSession> sessions(java.util.Collection<UUID> sessionIds);

    void add(Slot slot);

    /** Reads the slot again from the database (its booked count is kept there). */
    Slot refresh(Slot slot);

    List<Slot> slotsOf(UUID sessionId);

    /** The slots of many sessions in one query, by session, each in time order. */
    java.util.Map<UUID, List<Slot>> slotsOf(java.util.Collection<UUID> sessionIds);

    List<Slot> freeSlots(FreeSlotSearch search);

    void flush();

    record FreeSlotSearch(UUID clinicId, String clinician, String service, AppointmentType type, LocalDateTime from,
                          LocalDateTime to, int max) {
    }
}
