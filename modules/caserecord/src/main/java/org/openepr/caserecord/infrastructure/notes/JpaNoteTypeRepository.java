package org.openepr.caserecord.infrastructure.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;

@ApplicationScoped
public class JpaNoteTypeRepository implements NoteTypeRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Override
    public List<NoteType> all() {
        return em.createQuery("select t from NoteType t order by t.position, t.name", NoteType.class).getResultList();
    }

    @Override
    public Optional<NoteType> find(UUID id) {
        return em.createQuery("select t from NoteType t where t.id = :id", NoteType.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(NoteType type) {
        em.persist(type);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
