package org.openepr.caserecord.application.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;

/** The trust's note types in its order; a trust that has none yet gets the defaults (progress note, assessment, letter). */
@ApplicationScoped
class TrustNoteTypes {

    @Inject
    NoteTypeRepository types;

    List<NoteType> all() {
        List<NoteType> all = types.all();
        if (all.isEmpty()) {
            int position = 0;
            for (String name : NoteType.DEFAULTS) {
                types.add(new NoteType(name, position++));
            }
            types.flush();
            all = types.all();
        }
        return all.stream().sorted(Comparator.comparingInt(NoteType::position).thenComparing(NoteType::name)).toList();
    }
}
