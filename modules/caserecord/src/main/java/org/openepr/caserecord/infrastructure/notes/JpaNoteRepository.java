package org.openepr.caserecord.infrastructure.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.DraftSave;
import org.openepr.caserecord.domain.notes.NoteRepository;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.caserecord.domain.notes.SaveId;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaNoteRepository implements NoteRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public Optional<ClinicalNote> find(UUID noteId) {
        return readOnly.forThisUseCase(em.createQuery("select n from ClinicalNote n where n.id = :id", ClinicalNote.class))
                .setParameter("id", noteId).getResultStream().findFirst();
    }

    @Override
    public Optional<ClinicalNote> lock(UUID noteId) {
        return em.createQuery("select n from ClinicalNote n where n.id = :id", ClinicalNote.class).setParameter("id", noteId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<ClinicalNote> forPatient(UUID patientId, int first, int max) {
        return readOnly.forThisUseCase(em.createQuery("select n from ClinicalNote n where n.patientId = :p order by n.lastSavedAt desc, n.id",
                ClinicalNote.class)).setParameter("p", patientId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countForPatient(UUID patientId) {
        return em.createQuery("select count(n) from ClinicalNote n where n.patientId = :p", Long.class).setParameter("p", patientId)
                .getSingleResult();
    }

    @Override
    public List<NoteVersion> versions(List<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return List.of();
        }
        return readOnly.forThisUseCase(em.createQuery("select v from NoteVersion v where v.noteId in :ids order by v.noteId, v.number",
                NoteVersion.class)).setParameter("ids", noteIds).getResultList();
    }

    @Override
    public List<NoteVersion> versions(UUID noteId) {
        return readOnly.forThisUseCase(em.createQuery("select v from NoteVersion v where v.noteId = :id order by v.number", NoteVersion.class))
                .setParameter("id", noteId).getResultList();
    }

    @Override
    public Optional<DraftSave> save(SaveId saveId) {
        return em.createQuery("select s from DraftSave s where s.saveId = :id", DraftSave.class).setParameter("id", saveId.value())
                .getResultStream().findFirst();
    }

    @Override
    public void add(ClinicalNote note) {
        em.persist(note);
    }

    @Override
    public void add(NoteVersion version) {
        em.persist(version);
    }

    @Override
    public void add(DraftSave save) {
        em.persist(save);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
