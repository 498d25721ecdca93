package org.openepr.clinics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.SessionPlanner;
import org.openepr.clinics.domain.SessionTemplate;
import org.openepr.clinics.domain.Slot;

@ApplicationScoped
public class JpaClinicRepository implements ClinicRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Override
    public Optional<Clinic> find(UUID clinicId) {
        return em.createQuery("select c from Clinic c where c.id = :id", Clinic.class).setParameter("id", clinicId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Clinic> all() {
        return em.createQuery("select c from Clinic c order by c.name", Clinic.class).getResultList();
    }

    @Override
    public Optional<Clinic> findByName(String name) {
        return em.createQuery("select c from Clinic c where lower(c.name) = lower(:n)", Clinic.class).setParameter("n", name)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Clinic clinic) {
        em.persist(clinic);
    }

    @Override
    public java.util.Map<UUID, ClinicSession> sessions(java.util.Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select s from ClinicSession s where s.id in :ids", ClinicSession.class).setParameter("ids", sessionIds)
                .getResultStream().collect(Collectors.toMap(ClinicSession::id, s -> s));
    }

    @Override
    public void add(Slot slot) {
        em.persist(slot);
    }

    @Override
    public void add(SessionTemplate template) {
        em.persist(template);
    }

    @Override
    public void add(ClinicSession session, List<Slot> slots) {
        em.persist(session);
        slots.forEach(em::persist);
    }

    @Override
    public List<SessionTemplate> templatesOf(UUID clinicId) {
        return em.createQuery("select t from SessionTemplate t where t.clinicId = :c order by t.weekday, t.startsAt", SessionTemplate.class)
                .setParameter("c", clinicId).getResultList();
    }

    @Override
    public Set<SessionPlanner.Existing> sessionsBetween(UUID clinicId, LocalDate from, LocalDate to) {
        return em.createQuery("select s.templateId, s.date from ClinicSession s where s.clinicId = :c and s.date between :f and :t",
                        Object[].class)
                .setParameter("c", clinicId).setParameter("f", from).setParameter("t", to).getResultStream()
                .map(r -> new SessionPlanner.Existing((UUID) r[0], (LocalDate) r[1])).collect(Collectors.toSet());
    }

    @Override
    public Optional<ClinicSession> findSession(UUID sessionId) {
        return em.createQuery("select s from ClinicSession s where s.id = :id", ClinicSession.class).setParameter("id", sessionId)
                .getResultStream().findFirst();
    }

    @Override
    public List<ClinicSession> sessionsOn(UUID clinicId, LocalDate day) {
        return em.createQuery("select s from ClinicSession s where s.clinicId = :c and s.date = :d order by s.startsAt", ClinicSession.class)
                .setParameter("c", clinicId).setParameter("d", day).getResultList();
    }

    @Override
    public List<ClinicSession> sessionsBetween(UUID clinicId, String clinician, LocalDate from, LocalDate to) {
        String where = (clinicId != null ? " and s.clinicId = :c" : "") + (clinician != null ? " and s.clinician = :who" : "");
        var q = em.createQuery("select s from ClinicSession s where s.date between :f and :t" + where + " order by s.date, s.startsAt",
                ClinicSession.class).setParameter("f", from).setParameter("t", to);
        if (clinicId != null) {
            q.setParameter("c", clinicId);
        }
        if (clinician != null) {
            q.setParameter("who", clinician);
        }
        return q.setMaxResults(1000).getResultList();
    }

    @Override
    public Optional<Slot> findSlot(UUID slotId) {
        return em.createQuery("select s from Slot s where s.id = :id", Slot.class).setParameter("id", slotId)
                .getResultStream().findFirst();
    }

    @Override
    public Slot refresh(Slot slot) {
        em.refresh(slot);
        return slot;
    }

    @Override
    public List<Slot> slotsOf(UUID sessionId) {
        return em.createQuery("select s from Slot s where s.sessionId = :s order by s.startsAt", Slot.class)
                .setParameter("s", sessionId).getResultList();
    }

    @Override
    public java.util.Map<UUID, List<Slot>> slotsOf(java.util.Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select s from Slot s where s.sessionId in :s order by s.startsAt", Slot.class)
                .setParameter("s", sessionIds).getResultStream()
                .collect(Collectors.groupingBy(Slot::sessionId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public List<Slot> freeSlots(FreeSlotSearch search) {
        StringBuilder jpql = new StringBuilder("select s from Slot s where s.status = :available and s.booked < s.capacity"
                + " and s.startsAt >= :from and s.startsAt < :to");
        if (search.clinicId() != null) jpql.append(" and s.clinicId = :clinic");
        if (search.clinician() != null) jpql.append(" and s.clinician = :clinician");
        if (search.service() != null) jpql.append(" and s.service = :service");
        if (search.type() != null) jpql.append(" and s.type = :type");
        jpql.append(" order by s.startsAt, s.clinician");
        var q = em.createQuery(jpql.toString(), Slot.class).setParameter("available", Slot.Status.AVAILABLE)
                .setParameter("from", search.from()).setParameter("to", search.to());
        if (search.clinicId() != null) q.setParameter("clinic", search.clinicId());
        if (search.clinician() != null) q.setParameter("clinician", search.clinician());
        if (search.service() != null) q.setParameter("service", search.service());
        if (search.type() != null) q.setParameter("type", search.type());
        return q.setMaxResults(search.max()).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
