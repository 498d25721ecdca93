package org.openepr.caserecord.application.notes;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteRepository;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Every clinical note (drafts included: they are the trust's record too) in id order, for the whole-trust export. */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = Roles.BACKGROUND)
public class NotesForExport {

    @Inject
    RecordPages pages;

    @Inject
    NoteRepository notes;

    @Inject
    NoteTypeRepository types;

    public List<NoteView> after(String key, int size) {
        List<ClinicalNote> page = pages.after(ClinicalNote.class, key, size);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> typeNames = types.all().stream().collect(Collectors.toMap(NoteType::id, NoteType::name, (a, b) -> a));
        Map<UUID, List<NoteVersion>> versions = notes.versions(page.stream().filter(n -> !n.isDraft()).map(ClinicalNote::id).toList())
                .stream().collect(Collectors.groupingBy(NoteVersion::noteId));
        return page.stream().map(n -> NoteView.of(n, typeNames.get(n.noteTypeId()), versions.getOrDefault(n.id(), List.of()))).toList();
    }

    public long count() {
        return pages.count(ClinicalNote.class);
    }
}
