package org.openepr.caserecord.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.caserecord.application.importing.CaseRecordFromImport.ExportedType;
import org.openepr.caserecord.application.importing.CaseRecordFromImport.NamedType;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;

/** The export's list of note types into a trust, whether its notes or its list come first, and again after a restart. */
class ImportedNoteTypesTest {

    static final ExportedType CRISIS = new ExportedType(UUID.randomUUID(), "Crisis plan", 4, false);
    static final ExportedType PROGRESS = new ExportedType(UUID.randomUUID(), "Progress note", 0, false);
    static final ExportedType OLD_LETTER = new ExportedType(UUID.randomUUID(), "Old letter", 2, true);
    static final List<ExportedType> LIST = List.of(PROGRESS, OLD_LETTER, CRISIS);

    /** The trust's note types, in memory. */
    static final class Types implements NoteTypeRepository {
        final List<NoteType> all = new ArrayList<>();

        @Override
        public List<NoteType> all() {
            return List.copyOf(all);
        }

        @Override
        public Optional<NoteType> find(UUID id) {
            return all.stream().filter(t -> t.id().equals(id)).findFirst();
        }

        @Override
        public void add(NoteType type) {
            if (all.stream().anyMatch(t -> t.name().equals(type.name()) || t.id().equals(type.id()))) {
                throw new IllegalStateException("a second " + type.name());
            }
            all.add(type);
        }

        @Override
        public void flush() {
        }

        NoteType named(String name) {
            return all.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private static CaseRecordFromImport importer(Types types) {
        CaseRecordFromImport importer = new CaseRecordFromImport();
        importer.noteTypes = types;
        return importer;
    }

    @Test
    void theListFirst_everyTypeAsItWasUnderItsId_andItsNotesFindThem() {
        Types types = new Types();
        Map<UUID, UUID> ids = importer(types).noteTypesAsExported(LIST, Map.of());
        assertEquals(3, types.all.size());
        for (ExportedType t : LIST) {
            NoteType here = types.named(t.name());
            assertEquals(t.id(), ids.get(t.id()));
            assertEquals(t.position(), here.position(), t.name());
            assertEquals(t.retired(), here.isRetired(), t.name());
        }
        Map<UUID, UUID> forNotes = importer(types).noteTypes(List.of(new NamedType(PROGRESS.id(), PROGRESS.name())), ids);
        assertEquals(PROGRESS.id(), forNotes.get(PROGRESS.id()));
        assertEquals(3, types.all.size(), "no type made for the notes");
    }

    @Test
    void theNotesFirst_theirTypeIsPlacedWhenTheListComes_andARepeatedBatchMakesNoSecond() {
        Types types = new Types();
        Map<UUID, UUID> forNotes = importer(types).noteTypes(List.of(new NamedType(CRISIS.id(), CRISIS.name())), Map.of());
        assertEquals(0, types.named("Crisis plan").position(), "made after the trust's own (none) until the list says");

        Map<UUID, UUID> ids = importer(types).noteTypesAsExported(LIST, forNotes);
        assertEquals(4, types.named("Crisis plan").position());
        assertEquals(CRISIS.id(), ids.get(CRISIS.id()));
        // a batch run again (a restart before its checkpoint): its types are found by name, none is made twice
        Map<UUID, UUID> again = importer(types).noteTypesAsExported(LIST, new HashMap<>());
        assertEquals(ids, again);
        assertEquals(3, types.all.size());
        assertTrue(types.named("Old letter").isRetired());
    }

    @Test
    void aTypeTheTrustHasByNameIsReused_asTheTrustHasIt() {
        Types types = new Types();
        NoteType own = new NoteType("progress NOTE", 9);
        types.add(own);
        Map<UUID, UUID> ids = importer(types).noteTypesAsExported(LIST, Map.of());
        assertEquals(own.id(), ids.get(PROGRESS.id()), "the trust's own type, whatever the case of its name");
        assertEquals(9, own.position(), "the trust's position stands");
        assertFalse(own.isRetired());
        assertEquals(3, types.all.size());
    }
}
