package org.openepr.platform.audit;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * The trust admin searches their trust's audit trail by user, patient (NHS number), action and UK dates, a page
 * at a time, newest first: the whole trail, not only its latest lines.
 */
@UseCase
@ReadsOnly
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class SearchAuditTrail {

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    Instance<AuditedPatients> patients;

    public int count(AuditQuery query) {
        Criteria where = criteria(query);
        if (where.nothingMatches) {
            return 0;
        }
        return where.bind(em.createQuery("select count(a) from AuditEvent a" + where.jpql, Long.class)).getSingleResult().intValue();
    }

    public List<AuditLine> page(AuditQuery query, int first, int size) {
        Criteria where = criteria(query);
        if (where.nothingMatches) {
            return List.of();
        }
        List<AuditEvent> events = where.bind(em.createQuery("select a from AuditEvent a" + where.jpql + " order by a.at desc, a.id desc",
                AuditEvent.class)).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList();
        Map<UUID, String> numbers = numbersOf(events.stream().map(AuditEvent::patientId).filter(Objects::nonNull).distinct().toList());
        return events.stream().map(e -> new AuditLine(e, e.patientId() == null ? null : numbers.get(e.patientId()))).toList();
    }

    /** The users who appear in the trail, for the filter's choices. */
    public List<String> actors() {
        return em.createQuery("select distinct a.actor from AuditEvent a order by a.actor", String.class).getResultList();
    }

    /** The actions that appear in the trail, for the filter's choices. */
    public List<AuditActionName> actions() {
        return em.createQuery("select distinct a.action from AuditEvent a order by a.action", String.class).getResultStream()
                .map(AuditActionName::new).toList();
    }

    private Criteria criteria(AuditQuery query) {
        Criteria c = new Criteria();
        if (query.actor() != null && !query.actor().isBlank()) {
            c.add("a.actor = :actor", "actor", query.actor());
        }
        if (query.action() != null && !query.action().isBlank()) {
            c.add("a.action = :action", "action", query.action());
        }
        if (query.patient() != null) {
            Optional<UUID> id = patientId(query);
            if (id.isEmpty()) {
                c.nothingMatches = true; // a number this trust does not hold has no lines here
            } else {
                c.add("a.patientId = :patient", "patient", id.get());
            }
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "The end date must not be before the start date");
        }
        if (query.from() != null) {
            c.add("a.at >= :from", "from", query.from().atStartOfDay(UkDates.UK).toInstant());
        }
        if (query.to() != null) {
            c.add("a.at < :to", "to", query.to().plusDays(1).atStartOfDay(UkDates.UK).toInstant());
        }
        return c;
    }

    private Optional<UUID> patientId(AuditQuery query) {
        if (patients.isUnsatisfied()) {
            throw new InvalidInputException("patient", "Patients cannot be looked up by NHS number on this service");
        }
        return patients.get().idOf(query.patient());
    }

    private Map<UUID, String> numbersOf(List<UUID> ids) {
        if (ids.isEmpty() || patients.isUnsatisfied()) {
            return Map.of();
        }
        try {
            return patients.get().nhsNumbersOf(ids);
        } catch (AccessRefusedException e) {
            return Map.of(); // a trust without the patient index: the lines still show, without numbers
        }
    }

    /** The where clause and its parameters, built together so they cannot disagree. */
    private static final class Criteria {
        String jpql = "";
        final Map<String, Object> parameters = new LinkedHashMap<>();
        boolean nothingMatches;

        void add(String condition, String name, Object value) {
            jpql += (jpql.isEmpty() ? " where " : " and ") + condition;
            parameters.put(name, value);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
