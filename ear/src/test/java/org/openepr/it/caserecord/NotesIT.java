package org.openepr.it.caserecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.caserecord.application.notes.AmendNote;
import org.openepr.caserecord.application.notes.DraftSaved;
import org.openepr.caserecord.application.notes.NoteTypeSetup;
import org.openepr.caserecord.application.notes.NoteTypes;
import org.openepr.caserecord.application.notes.NoteView;
import org.openepr.caserecord.application.notes.NotesAudit;
import org.openepr.caserecord.application.notes.ReadNotes;
import org.openepr.caserecord.application.notes.SaveDraft;
import org.openepr.caserecord.application.notes.StartNote;
import org.openepr.caserecord.application.notes.ValidateNote;
import org.openepr.caserecord.domain.notes.NoteStatus;
import org.openepr.caserecord.domain.notes.NoteText;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.StaleNoteException;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/** Clinical notes inside Liberty, on PostgreSQL, through the use cases the screens and the API use. */
@ExtendWith(ArquillianExtension.class)
class NotesIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-notes-it", NhsNumbers.class, AsAnotherUser.class);
    }

    static final String AUTHOR = "it.notes.author";
    static final String COLLEAGUE = "it.notes.colleague";
    static final Set<String> CLINICIAN = Set.of(Roles.CLINICIAN);

    @Inject TrustContext trust;
    @Inject RegisterPatient register;
    @Inject NoteTypes types;
    @Inject NoteTypeSetup setup;
    @Inject StartNote start;
    @Inject SaveDraft drafts;
    @Inject ValidateNote validation;
    @Inject AmendNote amendments;
    @Inject ReadNotes reading;
    @Inject ReadAuditTrail audit;

    void as(String ods, String user, String... roles) {
        trust.bind(new Caller(user, user, "127.0.0.1", Set.of(roles)), OdsCode.of(ods));
    }

    /** The author, who as trust admin also reads the audit trail. */
    void asAuthor(String ods) {
        as(ods, AUTHOR, Roles.CLINICIAN, Roles.TRUST_ADMIN);
    }

    UUID patient() {
        return register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Notes", "Nia", "1971-05-02", "female",
                "2 Record Row", null, "London", "E1 6AN", "F84003")).patient().id();
    }

    UUID progressNote() {
        return types.inUse().stream().filter(t -> t.name().equals("Progress note")).findFirst().orElseThrow().id();
    }

    static String saveId() {
        return UUID.randomUUID().toString();
    }

    DraftSaved started(UUID patient, String text) {
        return start.start(saveId(), patient, progressNote(), text);
    }

    @Test
    void aTrustWithoutNoteTypesStartsWithTheDefaults_andItsAdminAddsMore() {
        asAuthor("RKL");
        List<String> names = types.inUse().stream().map(NoteType::name).toList();
        assertTrue(names.containsAll(NoteType.DEFAULTS), names.toString());
        String name = "Care plan review " + UUID.randomUUID().toString().substring(0, 6);
        NoteType added = setup.add(name);
        assertTrue(types.inUse().stream().anyMatch(t -> t.id().equals(added.id())));
        var twice = assertThrows(org.openepr.platform.errors.ConflictException.class, () -> setup.add(name.toUpperCase()));
        assertEquals("name", twice.field());
        setup.retire(added.id(), added.version());
        assertFalse(types.inUse().stream().anyMatch(t -> t.id().equals(added.id())), "a retired type is not offered");
        UUID patient = patient();
        var refused = assertThrows(InvalidInputException.class, () -> start.start(saveId(), patient, added.id(), "text"));
        assertEquals("type", refused.problems().get(0).field());
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RKL", COLLEAGUE, CLINICIAN, () -> setup.add("Clinician's own type")),
                "only the trust admin changes note types");
    }

    @Test
    void aDraftIsSavedManyTimes_thenValidated_thenAmended_andEveryVersionStaysReadable() {
        asAuthor("RAT");
        UUID patient = patient();
        DraftSaved first = started(patient, "Seen at home.");
        assertEquals(1, first.revision());
        DraftSaved second = drafts.save(saveId(), first.noteId(), 1, "Seen at home. Mood low");
        DraftSaved third = drafts.save(saveId(), first.noteId(), second.revision(), "Seen at home. Mood low, sleeping poorly.");
        assertEquals(3, third.revision());
        DraftSaved signed = validation.validate(saveId(), first.noteId(), 3, "Seen at home. Mood low, sleeping poorly.");
        DraftSaved amended = amendments.amend(saveId(), first.noteId(), signed.revision(), "Seen at home with her daughter. Mood low, sleeping poorly.",
                "Daughter was present: omitted in error");
        NoteView note = reading.note(first.noteId());
        assertEquals(NoteStatus.VALIDATED, note.status());
        assertEquals(amended.revision(), note.revision());
        assertEquals("Seen at home with her daughter. Mood low, sleeping poorly.", note.text());
        assertEquals(2, note.versions().size());
        assertEquals("Seen at home. Mood low, sleeping poorly.", note.versions().get(0).text(), "the signed original is kept as it was");
        assertNull(note.versions().get(0).reason());
        assertEquals("Daughter was present: omitted in error", note.versions().get(1).reason());
        assertEquals(AUTHOR, note.versions().get(1).signedBy());
        var actions = audit.about(first.noteId().toString()).stream().map(a -> a.action()).toList();
        assertTrue(actions.containsAll(List.of(NotesAudit.NOTE_STARTED.name(), NotesAudit.DRAFT_SAVED.name(), NotesAudit.NOTE_VALIDATED.name(),
                NotesAudit.NOTE_AMENDED.name(), NotesAudit.NOTE_VIEWED.name())), actions.toString());
        reading.forPatient(patient, 0, 10);
        assertTrue(audit.forPatient(patient).stream().anyMatch(a -> a.action().equals(NotesAudit.NOTES_LISTED.name())), "a list is a read too");
    }

    @Test
    void aValidatedNoteCannotChange_onlyBeAmendedWithAReason() {
        asAuthor("RAT");
        UUID patient = patient();
        DraftSaved first = started(patient, "Signed text.");
        DraftSaved signed = validation.validate(saveId(), first.noteId(), 1, "Signed text.");
        var edit = assertThrows(InvalidInputException.class, () -> drafts.save(saveId(), first.noteId(), signed.revision(), "Changed after signing"));
        assertTrue(edit.getMessage().contains("validated and cannot change"), edit.getMessage());
        assertThrows(InvalidInputException.class, () -> validation.validate(saveId(), first.noteId(), signed.revision(), "Signed again"));
        var noReason = assertThrows(InvalidInputException.class, () -> amendments.amend(saveId(), first.noteId(), signed.revision(), "New", " "));
        assertEquals("reason", noReason.problems().get(0).field());
        NoteView note = reading.note(first.noteId());
        assertEquals("Signed text.", note.text());
        assertEquals(signed.revision(), note.revision(), "nothing was saved by the refused attempts");
        assertEquals(1, note.versions().size());
    }

    @Test
    void onlyTheAuthorValidates() {
        asAuthor("RAT");
        DraftSaved first = started(patient(), "Written by the author.");
        var refused = assertThrows(InvalidInputException.class, () -> AsAnotherUser.run("RAT", COLLEAGUE, CLINICIAN,
                () -> validation.validate(saveId(), first.noteId(), 1, "Written by the author.")));
        assertEquals("author", refused.problems().get(0).field());
        assertEquals(NoteStatus.DRAFT, reading.note(first.noteId()).status());
    }

    @Test
    void aSaveAgainstAnOldRevisionIsRefusedWithBothTexts_neverOverwriting() {
        asAuthor("RAT");
        DraftSaved first = started(patient(), "Opened by both.");
        // a colleague saves first, from the same revision
        AsAnotherUser.run("RAT", COLLEAGUE, CLINICIAN, () -> drafts.save(saveId(), first.noteId(), 1, "Opened by both. Colleague's line."));
        var stale = assertThrows(StaleNoteException.class, () -> drafts.save(saveId(), first.noteId(), 1, "Opened by both. Author's line."));
        assertEquals("Opened by both. Colleague's line.", stale.currentText());
        assertEquals("Opened by both. Author's line.", stale.rejectedText());
        assertEquals(COLLEAGUE, stale.savedBy());
        assertEquals(2, stale.currentRevision());
        NoteView note = reading.note(first.noteId());
        assertEquals("Opened by both. Colleague's line.", note.text(), "the refused save changed nothing");
        // the author merges and saves against what is there now
        DraftSaved merged = drafts.save(saveId(), first.noteId(), stale.currentRevision(), "Opened by both. Colleague's line. Author's line.");
        assertEquals(3, merged.revision());
    }

    @Test
    void aSaveSentAgainWithItsIdSavesOnce_andGetsTheFirstAnswer() {
        asAuthor("RAT");
        String startId = saveId();
        UUID patient = patient();
        DraftSaved first = start.start(startId, patient, progressNote(), "Retried start.");
        DraftSaved again = start.start(startId, patient, progressNote(), "Retried start.");
        assertEquals(first.noteId(), again.noteId(), "a retried start makes no second note");
        assertTrue(again.repeated());
        assertEquals(1, reading.countForPatient(patient));
        String saveId = saveId();
        DraftSaved saved = drafts.save(saveId, first.noteId(), 1, "Retried save.");
        DraftSaved resent = drafts.save(saveId, first.noteId(), 1, "Retried save.");
        assertEquals(saved.revision(), resent.revision());
        assertEquals(saved.savedAt(), resent.savedAt());
        assertTrue(resent.repeated());
        assertEquals(2, reading.note(first.noteId()).revision(), "one revision for the two sends, and no stale refusal either");
        var otherNote = started(patient, "Another note");
        var misused = assertThrows(InvalidInputException.class, () -> drafts.save(saveId, otherNote.noteId(), 1, "x"));
        assertEquals("saveId", misused.problems().get(0).field());
        var missing = assertThrows(InvalidInputException.class, () -> drafts.save("not-a-uuid", first.noteId(), 2, "x"));
        assertEquals("saveId", missing.problems().get(0).field());
    }

    @Test
    void aNoteUpToTheLimitIsSaved_aMegabyteIsRefusedNamingTheField_andMarkupIsKeptAsTyped() {
        asAuthor("RAT");
        UUID patient = patient();
        DraftSaved first = started(patient, "<script>alert('x')</script> & \"quoted\"");
        assertEquals("<script>alert('x')</script> & \"quoted\"", reading.note(first.noteId()).text(), "stored exactly as typed; screens escape it");
        String atLimit = "a".repeat(NoteText.MAX_LENGTH);
        DraftSaved big = drafts.save(saveId(), first.noteId(), 1, atLimit);
        assertEquals(NoteText.MAX_LENGTH, reading.note(first.noteId()).text().length());
        var tooBig = assertThrows(InvalidInputException.class, () -> drafts.save(saveId(), first.noteId(), big.revision(), "b".repeat(1_048_576)));
        assertEquals("text", tooBig.problems().get(0).field());
        assertTrue(tooBig.problems().get(0).message().contains("at most 100,000 characters"), tooBig.getMessage());
        assertEquals(big.revision(), reading.note(first.noteId()).revision(), "nothing half-saved");
        var startTooBig = assertThrows(InvalidInputException.class, () -> start.start(saveId(), patient, progressNote(), "c".repeat(1_048_576)));
        assertEquals("text", startTooBig.problems().get(0).field());
        assertEquals(1, reading.countForPatient(patient), "no note was started");
    }

    @Test
    void aBookingClerkNeitherReadsNorWritesNotes_andAnotherTrustsNoteIsNotThere() {
        asAuthor("RAT");
        UUID patient = patient();
        DraftSaved first = started(patient, "Confidential content.");
        Set<String> clerk = Set.of(Roles.CLERK);
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "it.notes.clerk", clerk, () -> reading.note(first.noteId())));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "it.notes.clerk", clerk, () -> reading.forPatient(patient, 0, 10)));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "it.notes.clerk", clerk,
                () -> drafts.save(saveId(), first.noteId(), 1, "Changed by a clerk")));
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", COLLEAGUE, CLINICIAN, () -> reading.note(first.noteId())));
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", COLLEAGUE, CLINICIAN,
                () -> drafts.save(saveId(), first.noteId(), 1, "From another trust")));
        assertEquals("Confidential content.", reading.note(first.noteId()).text());
    }
}
