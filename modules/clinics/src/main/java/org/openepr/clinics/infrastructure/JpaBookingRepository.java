package org.openepr.clinics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.BookingStatus;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    private static final List<BookingStatus> HOLDING = List.of(BookingStatus.values()).stream().filter(BookingStatus::holdsPlace).toList();

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @jakarta.inject.Inject
    ReadOnlyQueries readOnly;

    @Override
    public Optional<Booking> find(UUID bookingId) {
        return em.createQuery("select b from Booking b where b.id = :id", Booking.class).setParameter("id", bookingId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Booking> holdingPlace(UUID slotId, UUID patientId) {
        return em.createQuery("select b from Booking b where b.slotId = :s and b.patientId = :p and b.status in :holding", Booking.class)
                .setParameter("s", slotId).setParameter("p", patientId).setParameter("holding", HOLDING).getResultStream().findFirst();
    }

    @Override
    public void add(Booking booking) {
        em.persist(booking);
        em.flush();
    }

    @Override
    public List<Booking> replacedByAnyOf(java.util.Collection<UUID> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Booking b where b.replacedBy in :ids", Booking.class).setParameter("ids", bookingIds).getResultList();
    }

    @Override
    public List<Booking> inSlots(List<UUID> slotIds) {
        if (slotIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Booking b where b.slotId in :s order by b.slotStartsAt, b.bookedAt", Booking.class)
                .setParameter("s", slotIds).getResultList();
    }

    @Override
    public List<Booking> withOutcomeButNoNextStep(int max) {
        return em.createQuery("select b from Booking b where b.status in :outcomes and b.nextStep is null order by b.slotStartsAt",
                        Booking.class)
                .setParameter("outcomes", List.of(BookingStatus.ATTENDED, BookingStatus.DID_NOT_ATTEND, BookingStatus.COULD_NOT_BE_SEEN))
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Booking> holdingPlaceInSession(UUID sessionId) {
        return em.createQuery("select b from Booking b, Slot s where b.slotId = s.id and s.sessionId = :session and b.status in :holding",
                Booking.class).setParameter("session", sessionId).setParameter("holding", HOLDING).getResultList();
    }

    @Override
    public List<Booking> forPatient(UUID patientId) {
        return em.createQuery("select b from Booking b where b.patientId = :p order by b.slotStartsAt desc", Booking.class)
                .setParameter("p", patientId).setMaxResults(200).getResultList();
    }

    @Override
    public List<Booking> upcomingForPatient(UUID patientId, LocalDateTime now, int max) {
        return readOnly.forThisUseCase(em.createQuery("select b from Booking b where b.patientId = :p and b.slotStartsAt > :now and b.status in :live"
                        + " order by b.slotStartsAt, b.id", Booking.class))
                .setParameter("p", patientId).setParameter("now", now).setParameter("live", List.of(BookingStatus.BOOKED, BookingStatus.ARRIVED))
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Booking> recentForPatient(UUID patientId, LocalDateTime now, int max) {
        return readOnly.forThisUseCase(em.createQuery("select b from Booking b where b.patientId = :p and b.slotStartsAt <= :now and b.status in :held"
                        + " order by b.slotStartsAt desc, b.id", Booking.class))
                .setParameter("p", patientId).setParameter("now", now).setParameter("held", HOLDING)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Booking> between(LocalDateTime from, LocalDateTime to, int max) {
        return em.createQuery("select b from Booking b where b.slotStartsAt >= :f and b.slotStartsAt < :t order by b.slotStartsAt",
                Booking.class).setParameter("f", from).setParameter("t", to).setMaxResults(max).getResultList();
    }

    @Override
    public List<Booking> toBeRebooked() {
        return em.createQuery("select b from Booking b where b.status = :s order by b.slotStartsAt", Booking.class)
                .setParameter("s", BookingStatus.TO_BE_REBOOKED).setMaxResults(500).getResultList();
    }

    @Override
    public List<Object[]> outcomeCounts(LocalDate from, LocalDate to) {
        return em.createQuery("select b.clinicId, count(b), sum(case when b.status = :dna then 1 else 0 end) from Booking b"
                        + " where b.status in :outcomes and b.slotStartsAt >= :f and b.slotStartsAt < :t group by b.clinicId",
                        Object[].class)
                .setParameter("dna", BookingStatus.DID_NOT_ATTEND)
                .setParameter("outcomes", List.of(BookingStatus.ATTENDED, BookingStatus.DID_NOT_ATTEND, BookingStatus.COULD_NOT_BE_SEEN))
                .setParameter("f", from.atStartOfDay()).setParameter("t", to.plusDays(1).atStartOfDay()).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
