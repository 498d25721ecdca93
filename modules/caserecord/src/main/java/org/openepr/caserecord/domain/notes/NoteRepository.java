package org.openepr.caserecord.domain.notes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** Notes, their signed versions and their saves, within the current trust. */
public interface NoteRepository extends Repository {

    Optional<ClinicalNote> find(UUID noteId);

    /** The note with a row lock held to the end of the transaction: saves of one note happen one after the other. */
    Optional<ClinicalNote> lock(UUID noteId);

    /** A patient's notes, most recently changed first. */
    List<ClinicalNote> forPatient(UUID patientId, int first, int max);

    long countForPatient(UUID patientId);

    /** Signed versions of several notes (a page of a list), oldest first. */
    List<NoteVersion> versions(List<UUID> noteIds);

    /** Signed versions of a note, oldest first. */
    List<NoteVersion> versions(UUID noteId);

    Optional<DraftSave> save(SaveId saveId);

    void add(ClinicalNote note);

    void add(NoteVersion version);

    void add(DraftSave save);

    void flush();
}
