package org.openepr.caserecord.domain.notes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** The trust's note types. */
public interface NoteTypeRepository extends Repository {

    /** Every type, retired ones included, in the trust's order. */
    List<NoteType> all();

    Optional<NoteType> find(UUID id);

    void add(NoteType type);

    void flush();
}
