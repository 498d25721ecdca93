package org.openepr.patients.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.patients.domain.NhsNumberChange;
import org.openepr.patients.domain.Patient;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.patients.domain.PatientSearch;
import org.openepr.patients.domain.ResultPage;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.persistence.ReadOnlyQueries;

/** Patients in PostgreSQL; the trust filter is added by EclipseLink and enforced again by row-level security. */
@ApplicationScoped
public class JpaPatientRepository implements PatientRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public Optional<Patient> find(UUID id) {
        return readOnly.forThisUseCase(em.createQuery("select p from Patient p where p.id = :id", Patient.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Patient> findByNhsNumber(NhsNumber number) {
        return readOnly.forThisUseCase(em.createQuery("select p from Patient p where p.nhsNumber = :n", Patient.class))
                .setParameter("n", number.value()).getResultStream().findFirst();
    }

    @Override
    public java.util.List<Patient> findAll(java.util.Collection<UUID> ids) {
        return readOnly.forThisUseCase(em.createQuery("select p from Patient p where p.id in :ids", Patient.class))
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public ResultPage<Patient> search(PatientSearch search) {
        // every criterion given narrows; each has its own index (db/patients), so any one alone is a range scan
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        search.nhsNumber().ifPresent(n -> {
            where.add("p.nhsNumber = :nhs");
            params.put("nhs", n.value());
        });
        search.familyPrefix().ifPresent(from -> {
            // a prefix as a range, from the prefix up to the next prefix (byte order, collate "C"): an index range scan
            // whatever the plan, so prepared statements keep their generic plans
            where.add("p.searchName >= :from and p.searchName < :to");
            params.put("from", from);
            params.put("to", from.substring(0, from.length() - 1) + (char) (from.charAt(from.length() - 1) + 1));
        });
        search.givenPrefix().ifPresent(given -> {
            where.add("upper(p.givenName) like :given escape '\\'");
            params.put("given", given.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        search.postcode().ifPresent(postcode -> {
            where.add("p.address.postcode = :postcode");
            params.put("postcode", postcode.value());
        });
        search.birthDate().ifPresent(born -> {
            where.add("p.birthDate = :born");
            params.put("born", born);
        });
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Patient> query = readOnly.forThisUseCase(em.createQuery("select p from Patient p" + clause
                + " order by p.searchName, p.givenName, p.birthDate, p.id", Patient.class));
        TypedQuery<Long> count = em.createQuery("select count(p) from Patient p" + clause, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        var items = query.setFirstResult(search.page() * search.pageSize()).setMaxResults(search.pageSize()).getResultList();
        long total = items.size() < search.pageSize() && search.page() == 0 ? items.size() : count.getSingleResult();
        return new ResultPage<>(items, search.page(), search.pageSize(), total);
    }

    @Override
    public void add(Patient patient) {
        em.persist(patient);
        em.flush(); // surface a duplicate NHS number inside the use case, not at commit
    }

    @Override
    public void update(Patient patient) {
        em.flush();
    }

    @Override
    public void add(NhsNumberChange change) {
        em.persist(change);
    }

    @Override
    public java.util.List<NhsNumberChange> nhsNumberChanges(UUID patientId) {
        return readOnly.forThisUseCase(em.createQuery("select c from NhsNumberChange c where c.patientId = :p order by c.changedAt desc",
                NhsNumberChange.class)).setParameter("p", patientId).getResultList();
    }

}
