package org.openepr.it.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openepr.patients.application.ChangeNhsNumber;
import org.openepr.patients.application.EditDemographics;
import org.openepr.patients.application.FindPatients;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.PatientIndexSettings;
import org.openepr.patients.application.PatientRecord;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.patients.domain.PatientSearch;
import org.openepr.patients.application.PatientAudit;
import org.openepr.platform.audit.AuditEvent;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.NoTrustBoundException;
import org.openepr.platform.trust.TrustContext;

/**
 * The patient index's use cases inside Liberty, on PostgreSQL, through the same CDI beans, transactions
 * and trust binding the screens and the API use. Each test binds its trust the way the edge does.
 */
@ExtendWith(ArquillianExtension.class)
class PatientIndexIT {

    @Deployment
    static WebArchive deployment() {
        // The application as built, minus its web security (this archive is driven by Arquillian, not by users).
        // the API clients let a test create another trust's record through the real edge, then look for it from this one
        return InServer.war("epr-it", NhsNumbers.class, org.openepr.it.support.Names.class, Env.class, Fhir.class, Http.class, Http.Answer.class, Tokens.class);
    }

    @Inject
    TrustContext trust;

    @Inject
    RegisterPatient register;

    @Inject
    FindPatients find;

    @Inject
    OpenPatientRecord open;

    @Inject
    EditDemographics edit;

    @Inject
    ChangeNhsNumber changeNhs;

    @Inject
    PatientIndexSettings settings;

    @Inject
    ReadAuditTrail audit;

    @Inject
    ServiceClock clock;

    /** Binds the trust the way the edge does, for a clinician who is also the trust's admin (to read the audit trail). */
    void workIn(String ods) {
        workIn(ods, Roles.CLINICIAN, Roles.TRUST_ADMIN);
    }

    void workIn(String ods, String... roles) {
        trust.bind(new Caller("it.clinician", "IT Clinician", "127.0.0.1", Set.of(roles)), OdsCode.of(ods));
    }

    static PatientForm form(String nhs, String family, String given, String born) {
        return new PatientForm(nhs, family, given, born, "female", "3 Test Street", null, "London", "e1 6an", "F84003");
    }

    @Test
    void registration_savesThePatientAndAuditsIt() {
        workIn("RAT");
        String nhs = NhsNumbers.next();
        var registered = register.register(UUID.randomUUID(), form(nhs, "Registered", "Rita", "23/04/1961"));
        assertTrue(registered.created());
        PatientRecord p = registered.patient();
        assertEquals(nhs, p.nhsNumber());
        assertEquals("E1 6AN", p.postcode());
        assertEquals("REGISTERED, Rita", p.displayName());
        assertEquals(1, p.version());
        List<AuditEvent> trail = audit.forPatient(p.id());
        assertEquals(1, trail.size());
        assertEquals(PatientAudit.PATIENT_REGISTERED.name(), trail.get(0).action());
        assertEquals("it.clinician", trail.get(0).actor());
        assertEquals("127.0.0.1", trail.get(0).fromAddress());
    }

    @Test
    void registration_repeatedWithTheSameSubmissionRegistersOnce() {
        workIn("RAT");
        UUID submission = UUID.randomUUID();
        String nhs = NhsNumbers.next();
        var first = register.register(submission, form(nhs, "Twice", "Tom", "1970-01-01"));
        var second = register.register(submission, form(nhs, "Twice", "Tom", "1970-01-01"));
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.patient().id(), second.patient().id());
        assertEquals(1, find.search(PatientSearch.parse(nhs, null, null, 0, 20, clock.today())).total());
    }

    @Test
    void registration_refusesADuplicateNhsNumberInTheTrust() {
        workIn("RAT");
        String nhs = NhsNumbers.next();
        register.register(UUID.randomUUID(), form(nhs, "First", "Fay", "1970-01-01"));
        var e = assertThrows(ConflictException.class, () -> register.register(UUID.randomUUID(), form(nhs, "Second", "Sue", "1970-01-01")));
        assertEquals("nhsNumber", e.field());
    }

    @Test
    void registration_withBadInputNamesEachFieldAndSavesNothing() {
        workIn("RAT");
        String family = org.openepr.it.support.Names.unique("Nothingsaved");
        var e = assertThrows(InvalidInputException.class, () -> register.register(UUID.randomUUID(),
                new PatientForm("1234567890", family, "x".repeat(10_000), "01/01/2999", "female", "<script>x</script>", null,
                        "London", "E1 6AN", "F84003")));
        var fields = e.problems().stream().map(p -> p.field()).toList();
        assertEquals(List.of("nhsNumber", "givenName", "birthDate", "addressLine1"), fields);
        assertEquals(0, find.search(PatientSearch.parse(null, family, null, 0, 20, clock.today())).total());
    }

    @Test
    void search_byNhsNumberAndByFamilyPrefixWithBirthDate() {
        workIn("RAT");
        String family = org.openepr.it.support.Names.unique("Searchable");
        String nhs = NhsNumbers.next();
        register.register(UUID.randomUUID(), form(nhs, family, "Sam", "1990-09-09"));
        register.register(UUID.randomUUID(), form(NhsNumbers.next(), family, "Sid", "1991-09-09"));
        var today = clock.today();
        assertEquals(1, find.search(PatientSearch.parse(nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6), null, null, 0, 20, today)).total());
        assertEquals(2, find.search(PatientSearch.parse(null, family.substring(0, 12).toLowerCase(), null, 0, 20, today)).total());
        var one = find.search(PatientSearch.parse(null, family, "09/09/1990", 0, 20, today));
        assertEquals(1, one.total());
        assertEquals("Sam", one.items().get(0).givenName());
        var paged = find.search(PatientSearch.parse(null, family, null, 1, 1, today));
        assertEquals(2, paged.total());
        assertEquals(1, paged.items().size());
        assertFalse(paged.hasNext());
    }

    /** A postcode no other test uses (Shetland's ZE area, random district and unit), so its results can be counted. */
    static String rarePostcode() {
        var r = java.util.concurrent.ThreadLocalRandom.current();
        return "ZE" + (1 + r.nextInt(9)) + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }

    @Test
    void search_byGivenNamePostcodeOrBirthDateAloneAndTogetherTheyNarrow() {
        workIn("RAT");
        String given = org.openepr.it.support.Names.unique("Gwen");
        String postcode = rarePostcode();
        var sameGivenHere = register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Alpha", given, "1937-07-07", "female",
                "1 Lane", null, "Lerwick", postcode, "F84003")).patient();
        register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Beta", given, "1938-08-08", "female",
                "2 Lane", null, "Lerwick", "E1 6AN", "F84003"));
        register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Gamma", "Otto", "1937-07-07", "male",
                "3 Lane", null, "Lerwick", postcode, "F84003"));
        var today = clock.today();
        var byGiven = find.search(PatientSearch.parse(null, null, given.substring(0, 8).toLowerCase(), null, null, 0, 20, today));
        assertEquals(2, byGiven.total(), "the start of a given name alone");
        var byPostcode = find.search(PatientSearch.parse(null, null, null, postcode.replace(" ", "").toLowerCase(), null, 0, 20, today));
        assertEquals(2, byPostcode.total(), "a postcode alone, however it is typed");
        var byBirth = find.search(PatientSearch.parse(null, null, null, null, "07/07/1937", 0, 100, today));
        assertTrue(byBirth.items().stream().allMatch(r -> r.birthDate().equals(java.time.LocalDate.of(1937, 7, 7))), "only that date of birth");
        assertTrue(byBirth.items().stream().anyMatch(r -> r.id().equals(sameGivenHere.id())), "a date of birth alone finds the patient");
        var narrowed = find.search(PatientSearch.parse(null, null, given, postcode, "07/07/1937", 0, 20, today));
        assertEquals(1, narrowed.total(), "given name, postcode and date of birth together");
        assertEquals(sameGivenHere.id(), narrowed.items().get(0).id());
        assertEquals(0, find.search(PatientSearch.parse(null, "Beta", given, postcode, null, 0, 20, today)).total(),
                "every criterion must match");
        assertEquals(1, find.search(PatientSearch.parse(sameGivenHere.nhsNumber().substring(0, 3) + "-" + sameGivenHere.nhsNumber().substring(3, 6)
                + "-" + sameGivenHere.nhsNumber().substring(6), null, null, null, null, 0, 20, today)).total(), "an NHS number written with dashes");
    }

    @Test
    void edit_recordsContactNextOfKinLanguageEthnicityAndDeathAsAuditedChanges() {
        workIn("RAT");
        var p = register.register(UUID.randomUUID(), form(NhsNumbers.next(), "Fuller", "Fay", "1940-01-01")).patient();
        var edited = edit.edit(p.id(), p.version(), new PatientForm(p.nhsNumber(), "Fuller", "Fay", "1940-01-01", "female",
                "3 Test Street", null, "London", "E1 6AN", null, true, "020 7946 0123", "fay@example.org", "Finn Fuller", "Son",
                "07700 900123", "pl", true, "C", org.openepr.platform.time.UkDates.typed(clock.today().minusDays(1))));
        assertEquals(p.version() + 1, edited.version(), "optimistic locking kept: the version moves on");
        assertEquals(null, edited.gpPractice(), "no registered GP");
        assertEquals("020 7946 0123", edited.phone().value());
        assertEquals("fay@example.org", edited.email().value());
        assertEquals("Finn Fuller", edited.nextOfKin().name());
        assertEquals(org.openepr.patients.domain.Language.POLISH, edited.preferredLanguage());
        assertTrue(edited.interpreterRequired());
        assertEquals(org.openepr.patients.domain.EthnicCategory.C, edited.ethnicCategory());
        assertEquals(clock.today().minusDays(1), edited.deceasedDate());
        var trail = audit.forPatient(p.id());
        assertEquals(PatientAudit.PATIENT_DEMOGRAPHICS_EDITED.name(), trail.get(0).action());
        assertEquals("changed=gpPractice,contact,nextOfKin,language,ethnicCategory,deceasedDate", trail.get(0).detail());
        var reopened = open.open(p.id(), "check");
        assertEquals(edited.nextOfKin(), reopened.nextOfKin(), "what was saved is what is read back");
        assertEquals(edited.deceasedDate(), reopened.deceasedDate());
        assertEquals(edited.ethnicCategory(), reopened.ethnicCategory());
        assertThrows(StaleEditException.class, () -> edit.edit(p.id(), p.version(), form(p.nhsNumber(), "Fuller", "Fay", "1940-01-01")),
                "an edit against the version before is refused");
    }

    @Test
    void search_isAuditedWithWhatItShowed() {
        // RWK: a trust where no test moves the clock ahead and leaves audit lines dated later than this search's
        workIn("RWK");
        String nhs = NhsNumbers.next();
        var p = register.register(UUID.randomUUID(), form(nhs, "Auditsearch", "Al", "1980-01-01")).patient();
        find.search(PatientSearch.parse(nhs, null, null, 0, 20, clock.today()));
        var searches = audit.latest(20).stream().filter(a -> a.action().equals(PatientAudit.PATIENT_SEARCHED.name())).toList();
        assertTrue(searches.stream().anyMatch(a -> a.detail().contains("nhsNumber=" + nhs) && a.detail().contains(p.id().toString())),
                "the search's audit line names the criteria and the patient shown");
    }

    @Test
    void edit_savesChangesAndAuditsWhatChanged() {
        workIn("RAT");
        var p = register.register(UUID.randomUUID(), form(NhsNumbers.next(), "Editable", "Eve", "1985-05-05")).patient();
        var edited = edit.edit(p.id(), p.version(), new PatientForm(p.nhsNumber(), "Edited", "Eve", "1985-05-05", "female",
                "9 New Road", null, "London", "N1 9GU", "F84003"));
        assertEquals("Edited", edited.familyName());
        assertEquals(p.version() + 1, edited.version());
        var trail = audit.forPatient(p.id());
        assertEquals(PatientAudit.PATIENT_DEMOGRAPHICS_EDITED.name(), trail.get(0).action());
        assertEquals("changed=familyName,address", trail.get(0).detail());
    }

    @Test
    void edit_withAStaleVersionIsRefusedAndOverwritesNothing() {
        workIn("RAT");
        var p = register.register(UUID.randomUUID(), form(NhsNumbers.next(), "Stale", "Stan", "1966-06-06")).patient();
        // Two clinicians open the record at version 1; the first saves.
        edit.edit(p.id(), p.version(), new PatientForm(p.nhsNumber(), "Firstsave", "Stan", "1966-06-06", "female",
                "3 Test Street", null, "London", "E1 6AN", "F84003"));
        var e = assertThrows(StaleEditException.class, () -> edit.edit(p.id(), p.version(), new PatientForm(p.nhsNumber(),
                "Secondsave", "Stan", "1966-06-06", "female", "3 Test Street", null, "London", "E1 6AN", "F84003")));
        assertTrue(e.getMessage().contains("changed by it.clinician"), e.getMessage());
        var now = open.open(p.id(), "check");
        assertEquals("Firstsave", now.familyName(), "the first save stands");
        assertEquals(2, now.version());
        assertEquals(1, audit.forPatient(p.id()).stream().filter(a -> a.action().equals(PatientAudit.PATIENT_DEMOGRAPHICS_EDITED.name())).count());
    }

    @Test
    void edit_refusesToChangeTheNhsNumberAndSavesNothing() {
        workIn("RAT");
        var p = register.register(UUID.randomUUID(), form(NhsNumbers.next(), "Keepnumber", "Kay", "1975-05-05")).patient();
        var e = assertThrows(InvalidInputException.class, () -> edit.edit(p.id(), p.version(), new PatientForm(NhsNumbers.next(),
                "Othername", "Kay", "1975-05-05", "female", "3 Test Street", null, "London", "E1 6AN", "F84003")));
        assertEquals("nhsNumber", e.problems().get(0).field());
        assertTrue(e.getMessage().contains("Change NHS number"), e.getMessage());
        var now = open.open(p.id(), "check");
        assertEquals(p.nhsNumber(), now.nhsNumber());
        assertEquals("Keepnumber", now.familyName(), "nothing half-saved");
        assertEquals(p.version(), now.version());
    }

    @Test
    void changeNhsNumber_needsAReasonAndAConfirmationAndChangesNothingWithout() {
        workIn("RAT", Roles.CLINICIAN);
        var p = register.register(UUID.randomUUID(), form(NhsNumbers.next(), "Unconfirmed", "Una", "1975-05-05")).patient();
        var e = assertThrows(InvalidInputException.class, () -> changeNhs.change(p.id(), p.version(), NhsNumbers.next(), " ", false));
        assertEquals(List.of("reason", "confirmed"), e.problems().stream().map(x -> x.field()).toList());
        var bad = assertThrows(InvalidInputException.class, () -> changeNhs.change(p.id(), p.version(), NhsNumbers.withWrongCheckDigit(), "typo", true));
        assertEquals("newNhsNumber", bad.problems().get(0).field());
        assertEquals(p.nhsNumber(), open.open(p.id(), "check").nhsNumber());
        assertTrue(open.previousNumbers(p.id()).isEmpty());
    }

    @Test
    void changeNhsNumber_keepsTheOldNumberInTheHistoryAndAuditsTheChange() {
        workIn("RAT", Roles.CLINICIAN, Roles.TRUST_ADMIN);
        String old = NhsNumbers.next();
        String replacement = NhsNumbers.next();
        var p = register.register(UUID.randomUUID(), form(old, "Renumbered", "Rae", "1975-05-05")).patient();
        var changed = changeNhs.change(p.id(), p.version(), replacement, "Mistyped at registration; checked on the PDS", true);
        assertEquals(replacement, changed.nhsNumber());
        assertEquals(p.version() + 1, changed.version());
        var history = open.previousNumbers(p.id());
        assertEquals(1, history.size());
        assertEquals(NhsNumbers.formatted(old), history.get(0).number());
        assertEquals(NhsNumbers.formatted(replacement), history.get(0).replacedBy());
        assertEquals("it.clinician", history.get(0).changedBy());
        assertEquals("Mistyped at registration; checked on the PDS", history.get(0).reason());
        var trail = audit.forPatient(p.id());
        assertEquals(PatientAudit.PATIENT_NHS_NUMBER_CHANGED.name(), trail.get(0).action());
        assertTrue(trail.get(0).detail().contains("from=" + old + " to=" + replacement), trail.get(0).detail());
        assertEquals(1, find.search(PatientSearch.parse(replacement, null, null, 0, 20, clock.today())).total());
        assertEquals(0, find.search(PatientSearch.parse(old, null, null, 0, 20, clock.today())).total(), "the old number is history, not an identity");
        // the old number is free again for the patient it really belongs to
        assertTrue(register.register(UUID.randomUUID(), form(old, "Rightful", "Rob", "1950-01-01")).created());
    }

    @Test
    void changeNhsNumber_refusesANumberAnotherPatientHasAndAStaleVersion() {
        workIn("RAT", Roles.CLINICIAN);
        String taken = NhsNumbers.next();
        register.register(UUID.randomUUID(), form(taken, "Holder", "Hal", "1960-01-01"));
        var p = register.register(UUID.randomUUID(), form(NhsNumbers.next(), "Wanting", "Wyn", "1961-01-01")).patient();
        var dup = assertThrows(ConflictException.class, () -> changeNhs.change(p.id(), p.version(), taken, "wrong", true));
        assertEquals("newNhsNumber", dup.field());
        edit.edit(p.id(), p.version(), new PatientForm(p.nhsNumber(), "Wanting", "Wynne", "1961-01-01", "female",
                "3 Test Street", null, "London", "E1 6AN", "F84003"));
        assertThrows(StaleEditException.class, () -> changeNhs.change(p.id(), p.version(), NhsNumbers.next(), "typo", true));
        assertEquals(p.nhsNumber(), open.open(p.id(), "check").nhsNumber());
        assertTrue(open.previousNumbers(p.id()).isEmpty());
    }

    @Test
    void changeNhsNumber_byDefaultIsOpenToCliniciansOnly() {
        workIn("RKL", Roles.CLERK);
        var p = register.register(UUID.randomUUID(), form(NhsNumbers.next(), "Clerkchange", "Cal", "1962-01-01")).patient();
        assertFalse(changeNhs.isAllowed(), "the trust has not let clerks change NHS numbers");
        var refused = assertThrows(AccessRefusedException.class, () -> changeNhs.change(p.id(), p.version(), NhsNumbers.next(), "typo", true));
        assertTrue(refused.getMessage().contains("only these roles change an NHS number: Clinician"), refused.getMessage());
        assertEquals(p.nhsNumber(), find.search(PatientSearch.parse(p.nhsNumber(), null, null, 0, 20, clock.today())).items().get(0).nhsNumber());
    }

    @Test
    void settings_alwaysLeaveSomeoneWhoMayCorrectANumber() {
        workIn("RKL", Roles.TRUST_ADMIN);
        assertEquals(Set.of(Roles.CLINICIAN), settings.nhsNumberChangers());
        var none = assertThrows(InvalidInputException.class, () -> settings.allowNhsNumberChanges(Set.of()));
        assertEquals("changers", none.problems().get(0).field());
        assertThrows(InvalidInputException.class, () -> settings.allowNhsNumberChanges(Set.of(Roles.PHARMACIST)),
                "a role that does not keep patient records is not offered the change");
        assertEquals(Set.of(Roles.CLINICIAN), settings.nhsNumberChangers(), "nothing was saved");
        settings.allowNhsNumberChanges(Set.of(Roles.CLINICIAN)); // the default, decided explicitly: kept and audited
        var decided = audit.latest(5).stream().filter(a -> a.action().equals("TRUST_SETTING_DECIDED")).findFirst().orElseThrow();
        assertEquals("patient-index.nhs_number_changers", decided.resourceId());
        assertTrue(decided.detail().endsWith("to clinician"), decided.detail());
    }

    @Test
    void open_isAudited() {
        workIn("RKL");
        var p = register.register(UUID.randomUUID(), form(NhsNumbers.next(), "Opened", "Olga", "1977-07-07")).patient();
        open.open(p.id(), "banner");
        var trail = audit.forPatient(p.id());
        assertEquals(PatientAudit.PATIENT_VIEWED.name(), trail.get(0).action());
        assertEquals("Patient", trail.get(0).resourceType());
        assertEquals(p.id().toString(), trail.get(0).resourceId());
        assertEquals("banner", trail.get(0).detail());
    }

    @Test
    void open_anotherTrustsPatientIsNotFoundLikeAMissingOne() {
        // registered in RAT through the API and the real edge; this test works in RKL
        var ratPatient = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), "Elsewhere", "Esme", "1970-01-01"));
        UUID ratId = UUID.fromString(ratPatient.getIdPart());
        workIn("RKL");
        var other = assertThrows(RecordNotFoundException.class, () -> open.open(ratId, "banner"));
        var missing = assertThrows(RecordNotFoundException.class, () -> open.open(UUID.randomUUID(), "banner"));
        assertEquals("No such patient", other.getMessage());
        assertEquals(missing.getMessage(), other.getMessage(), "another trust's patient answers exactly as a missing one");
        assertTrue(audit.forPatient(ratId).isEmpty(), "RKL's trail holds nothing about RAT's patient, and RKL cannot read RAT's");
    }

    @Test
    void aRoleTheUseCaseDoesNotAllowIsRefusedHoweverItIsCalled() {
        workIn("RAT", Roles.PHARMACIST);
        String nhs = NhsNumbers.next();
        var refused = assertThrows(AccessRefusedException.class, () -> register.register(UUID.randomUUID(), form(nhs, "Pharmacy", "Pat", "1970-01-01")));
        assertTrue(refused.getMessage().contains("clinician, clerk"), refused.getMessage());
        assertEquals(0, find.search(PatientSearch.parse(nhs, null, null, 0, 20, clock.today())).total(), "a pharmacist may search, and finds nothing saved");
        assertThrows(AccessRefusedException.class, () -> audit.latest(10), "only the trust admin reads the audit trail");
    }

    @Test
    void nothingCanBeDoneWithoutATrust() {
        trust.bind(new Caller("operator", "Operator", "127.0.0.1", Set.of(Roles.HOSTING_OPERATOR)), null);
        assertThrows(NoTrustBoundException.class, () -> find.search(PatientSearch.parse(null, "Smith", null, 0, 20, clock.today())));
    }
}
