package org.openepr.it.medicines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.MovableClock;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.medicines.application.Allergies;
import org.openepr.medicines.application.BannerAllergies;
import org.openepr.medicines.application.AmendOrder;
import org.openepr.medicines.application.FormularyAdmin;
import org.openepr.medicines.application.KnowledgeBaseAdmin;
import org.openepr.medicines.application.MedicineChoice;
import org.openepr.medicines.application.MedicineDictionary;
import org.openepr.medicines.application.MedicinesAudit;
import org.openepr.medicines.application.PatientMedicines;
import org.openepr.medicines.application.PharmacyVerification;
import org.openepr.medicines.application.Prescribe;
import org.openepr.medicines.application.ScreeningNeedsReasonException;
import org.openepr.medicines.application.StopOrder;
import org.openepr.medicines.domain.allergies.AllergyStatus;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseFiles;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.medicines.domain.orders.PrescriptionForm;
import org.openepr.medicines.domain.orders.Verification;
import org.openepr.medicines.domain.screening.FindingKind;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.trust.TrustContext;

/** Prescribing, screening and pharmacy verification inside Liberty, on PostgreSQL, through the use cases the screens and API use. */
@ExtendWith(ArquillianExtension.class)
class MedicinesIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-medicines-it", NhsNumbers.class, MovableClock.class);
    }

    static final String PRESCRIBER = "it.prescriber";
    static final String PHARMACIST = "it.pharmacist";

    @Inject TrustContext trust;
    @Inject Clock clock;
    @Inject RegisterPatient register;
    @Inject Prescribe prescribe;
    @Inject AmendOrder amend;
    @Inject StopOrder stop;
    @Inject PharmacyVerification pharmacy;
    @Inject Allergies allergies;
    @Inject BannerAllergies bannerAllergies;
    @Inject PatientMedicines medicines;
    @Inject MedicineDictionary dictionary;
    @Inject KnowledgeBaseAdmin kbAdmin;
    @Inject ReadAuditTrail audit;
    @Inject FormularyAdmin formularyAdmin;
    @Inject MovableClock movableClock;
    @Inject StaffDirectory staffDirectory;

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        movableClock.reset();
    }

    static ManagedExecutorService executor() {
        try {
            return javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    void as(String ods, String user, String... roles) {
        trust.bind(new Caller(user, user, "127.0.0.1", Set.of(roles)), ods == null ? null : OdsCode.of(ods));
    }

    /** A prescriber who also keeps the record (records allergies) and, as trust admin, reads the audit trail. */
    void asPrescriber(String ods) {
        as(ods, PRESCRIBER, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.TRUST_ADMIN);
    }

    UUID patient() {
        return register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Medicines", "Mo", "1960-01-01", "female",
                "1 Pharmacy Lane", null, "London", "E1 6AN", "F84003")).patient().id();
    }

    String product(String name) {
        return dictionary.search(name, 5).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name)).productId();
    }

    String today() {
        return UkDates.typed(LocalDate.now(clock));
    }

    PrescriptionForm form(String product, String dose, String frequency) {
        return new PrescriptionForm(product(product), null, dose, frequency, null, today(), null, "Test indication", null);
    }

    /** Runs work in its own request, as another user would, on a managed thread. */
    <T> Future<T> elsewhere(String ods, String user, Set<String> roles, CountDownLatch start, Callable<T> work) {
        return elsewhere(ods, user, user, roles, start, work);
    }

    /** The work in a request of its own, as {@code user} (shown as {@code name}) of trust {@code ods}, once {@code start} opens. */
    <T> Future<T> elsewhere(String ods, String user, String name, Set<String> roles, CountDownLatch start, Callable<T> work) {
        return executor().submit(() -> {
            RequestContextController request = CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
                CDI.current().select(TrustContext.class).get().bind(new Caller(user, name, "127.0.0.1", roles), OdsCode.of(ods));
                start.await();
                return work.call();
            } finally {
                request.deactivate();
            }
        });
    }

    @Test
    void prescribeQueryAmendVerify_eachStepRecordedAndAudited() {
        asPrescriber("RAT");
        UUID p = patient();
        allergies.recordNoKnownAllergies(p);
        var made = prescribe.prescribe(UUID.randomUUID(), p, "CMHT North", form("Sertraline 50mg tablets", "50", "ONCE_DAILY"), null);
        assertTrue(made.created());
        UUID order = made.order().id();
        assertEquals(OrderStatus.AWAITING_VERIFICATION, made.order().status());
        assertTrue(made.order().screening().checked());
        assertTrue(made.order().screening().version().isPresent(), "the screening names its knowledge base");
        // the pharmacist's view and actions are checked through the same use cases, as another user in the same trust
        var queried = runAs("RAT", PHARMACIST, Set.of(Roles.PHARMACIST), () -> {
            assertTrue(pharmacy.worklist(Optional.empty(), false, 0).items().stream().anyMatch(i -> i.order().id().equals(order)));
            var review = pharmacy.review(order);
            assertEquals(AllergyStatus.NO_KNOWN_ALLERGIES, review.allergies().status());
            return pharmacy.query(order, 1, "Is 50 mg intended? Recent hyponatraemia noted.");
        });
        assertEquals(OrderStatus.QUERIED, queried.status());
        assertEquals(1, medicines.queriedForMe().stream().filter(q -> q.order().id().equals(order)).count(), "the prescriber sees the query");
        var amended = amend.amend(order, 1, form("Sertraline 50mg tablets", "25", "ONCE_DAILY"), null);
        assertEquals(2, amended.version());
        assertEquals(OrderStatus.AWAITING_VERIFICATION, amended.status());
        var verified = runAs("RAT", PHARMACIST, Set.of(Roles.PHARMACIST), () -> pharmacy.verify(order, 2, "Dose reduced: fine"));
        assertEquals(OrderStatus.VERIFIED, verified.status());
        assertEquals(PHARMACIST, verified.verifiedBy());
        var history = medicines.history(order);
        assertEquals(2, history.size());
        assertEquals(Verification.SUPERSEDED, history.get(1).verification(), "version 1 was replaced before it was verified");
        assertEquals("50 mg once a day", history.get(1).doseAndFrequency(), "and it still reads as it was");
        var actions = audit.about(order.toString()).stream().map(a -> a.action()).toList();
        assertTrue(actions.containsAll(List.of(MedicinesAudit.ORDER_PRESCRIBED.name(), MedicinesAudit.ORDER_QUERIED.name(),
                MedicinesAudit.ORDER_AMENDED.name(), MedicinesAudit.ORDER_VERIFIED.name())), actions.toString());
    }

    @Test
    void aPharmacistWhoPrescribedCannotVerifyTheirOwnOrder() {
        as("RAT", "it.pharmacist.prescriber", Roles.PHARMACIST, Roles.PRESCRIBER, Roles.CLINICIAN);
        UUID p = patient();
        allergies.recordNoKnownAllergies(p);
        UUID order = prescribe.prescribe(UUID.randomUUID(), p, "Inpatient pharmacy", form("Paracetamol 500mg tablets", "1000", "FOUR_TIMES_DAILY"),
                null).order().id();
        var refused = assertThrows(StaleEditException.class, () -> pharmacy.verify(order, 1, null));
        assertTrue(refused.getMessage().contains("another pharmacist must verify it"), refused.getMessage());
        assertEquals(OrderStatus.AWAITING_VERIFICATION, medicines.order(order).status());
    }

    @Test
    void twoPharmacistsVerifyingAtOnce_oneSucceedsTheOtherIsToldWhoByName() throws Exception {
        // both have signed in to RAT before, so the directory knows their names
        Map<String, String> names = Map.of("it.pharmacist.one", "Priya Shah", "it.pharmacist.two", "Tom Okafor");
        for (var pharmacist : names.entrySet()) {
            elsewhere("RAT", pharmacist.getKey(), pharmacist.getValue(), Set.of(Roles.PHARMACIST), new CountDownLatch(0), () -> {
                staffDirectory.signedIn();
                return null;
            }).get();
        }
        asPrescriber("RAT");
        UUID p = patient();
        allergies.recordNoKnownAllergies(p);
        UUID order = prescribe.prescribe(UUID.randomUUID(), p, "CMHT North", form("Sertraline 50mg tablets", "50", "ONCE_DAILY"), null)
                .order().id();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> both = new ArrayList<>();
        for (String who : List.of("it.pharmacist.one", "it.pharmacist.two")) {
            both.add(elsewhere("RAT", who, Set.of(Roles.PHARMACIST), start, () -> {
                try {
                    pharmacy.verify(order, 1, null);
                    return "verified";
                } catch (StaleEditException e) {
                    return e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> f : both) {
            answers.add(f.get());
        }
        assertEquals(1, answers.stream().filter("verified"::equals).count(), answers.toString());
        String told = answers.stream().filter(a -> !a.equals("verified")).findFirst().orElseThrow();
        String winner = medicines.order(order).verifiedBy();
        assertTrue(told.contains("already verified by " + names.get(winner) + " (Pharmacist)"), told);
        assertFalse(told.contains(winner), "a user id means nothing to the pharmacist: " + told);
    }

    @Test
    void anInteractionNeedsAReasonWhichThePharmacistSees() {
        asPrescriber("RAT");
        UUID p = patient();
        allergies.recordNoKnownAllergies(p);
        prescribe.prescribe(UUID.randomUUID(), p, "CMHT North", form("Lithium carbonate 400mg modified-release tablets", "400", "TWICE_DAILY"), null);
        var ibuprofen = form("Ibuprofen 400mg tablets", "400", "THREE_TIMES_DAILY");
        var preview = prescribe.preview(p, ibuprofen);
        var interaction = preview.findings().stream().filter(f -> f.kind() == FindingKind.INTERACTION).findFirst().orElseThrow();
        assertTrue(interaction.severity().compareTo(Severity.SERIOUS) <= 0);
        var refused = assertThrows(ScreeningNeedsReasonException.class, () -> prescribe.prescribe(UUID.randomUUID(), p, "CMHT North", ibuprofen, " "));
        assertEquals("overrideReason", refused.problems().get(0).field());
        assertEquals(1, medicines.of(p).current().size(), "nothing saved without the reason");
        var made = prescribe.prescribe(UUID.randomUUID(), p, "CMHT North", ibuprofen, "Short course agreed with psychiatrist; lithium level in 5 days");
        assertEquals("Short course agreed with psychiatrist; lithium level in 5 days", made.order().overrideReason());
        var review = runAs("RAT", PHARMACIST, Set.of(Roles.PHARMACIST), () -> pharmacy.review(made.order().id()));
        assertEquals(made.order().overrideReason(), review.order().overrideReason(), "the pharmacist sees the prescriber's reason");
        assertTrue(review.screeningNow().findings().stream().anyMatch(f -> f.kind() == FindingKind.INTERACTION), "and the interaction, screened again");
    }

    @Test
    void anAllergyEndsNoKnownAllergiesAndIsFoundAtScreening() {
        asPrescriber("RKL");
        UUID p = patient();
        assertEquals(AllergyStatus.NOT_RECORDED, allergies.forPatient(p).status());
        allergies.recordNoKnownAllergies(p);
        allergies.record(p, new Allergies.AllergyForm("PENICILLINS", "ALLERGY", "Anaphylaxis", "SEVERE", "CONFIRMED", null));
        var record = allergies.forPatient(p);
        assertEquals(AllergyStatus.RECORDED, record.status());
        assertEquals(1, record.active().size());
        assertEquals(1, record.ended().size(), "the NKDA entry is ended, not deleted");
        assertTrue(record.ended().get(0).endReason().contains("An allergy was recorded"));
        var found = prescribe.preview(p, form("Amoxicillin 500mg capsules", "500", "THREE_TIMES_DAILY"));
        assertTrue(found.findings().stream().anyMatch(f -> f.kind() == FindingKind.ALLERGY), found.findings().toString());
        assertTrue(found.hasContraindication() || found.needsReason());
    }

    @Test
    void theBannersAllergiesLineSaysWhatIsRecorded_auditsTheRead_andShowsNothingForAnotherTrustsPatient() throws Exception {
        asPrescriber("RAT");
        UUID p = patient();
        var unasked = bannerAllergies.of(p).orElseThrow();
        assertTrue(unasked.notRecorded());
        assertEquals("Allergies not recorded", unasked.text());
        allergies.recordNoKnownAllergies(p);
        assertEquals("No known drug allergies", bannerAllergies.of(p).orElseThrow().text());
        assertFalse(bannerAllergies.of(p).orElseThrow().notRecorded(), "asked, and none known: a fact, not a gap");
        allergies.record(p, new Allergies.AllergyForm("CEPHALOSPORINS", "INTOLERANCE", "Nausea", "MILD", "SUSPECTED", null));
        allergies.record(p, new Allergies.AllergyForm("PENICILLINS", "ALLERGY", "Anaphylaxis", "SEVERE", "CONFIRMED", null));
        allergies.record(p, new Allergies.AllergyForm("CARBAPENEMS", "ALLERGY", "SJS", null, "CONFIRMED", null));
        assertEquals("Penicillins (severe: anaphylaxis), Cephalosporins (intolerance, mild: nausea), Carbapenems (SJS)",
                bannerAllergies.of(p).orElseThrow().text(), "most severe first; an abbreviation kept as recorded");
        assertTrue(audit.forPatient(p).stream().anyMatch(a -> a.detail().startsWith("banner: Penicillins")),
                "the banner's read is audited");
        var elsewhere = elsewhere("RKL", "rkl.it", Set.of(Roles.CLINICIAN, Roles.PRESCRIBER), new CountDownLatch(0),
                () -> bannerAllergies.of(p)).get();
        assertEquals(Optional.empty(), elsewhere, "another trust's patient: no line at all, not 'not recorded'");
        String clerk = elsewhere("RAT", "it.clerk", Set.of(Roles.CLERK), new CountDownLatch(0), () -> thrown(() -> bannerAllergies.of(p))).get();
        assertTrue(clerk.startsWith("AccessRefusedException"), "allergies are for those who prescribe or verify: " + clerk);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsSaved() {
        asPrescriber("TAF");
        UUID p = patient();
        String sertraline = product("Sertraline 50mg tablets");
        for (var bad : List.of(
                new Object[] {new PrescriptionForm(sertraline, null, "0", "ONCE_DAILY", null, today(), null, "x", null), "dose"},
                new Object[] {new PrescriptionForm(sertraline, null, "-5", "ONCE_DAILY", null, today(), null, "x", null), "dose"},
                new Object[] {new PrescriptionForm(sertraline, null, "1000000000", "ONCE_DAILY", null, today(), null, "x", null), "dose"},
                new Object[] {new PrescriptionForm("LVMP9999", null, "50", "ONCE_DAILY", null, today(), null, "x", null), "medicine"},
                new Object[] {new PrescriptionForm(sertraline, "78421000", "50", "ONCE_DAILY", null, today(), null, "x", null), "route"},
                new Object[] {new PrescriptionForm(sertraline, null, "50", "ONCE_DAILY", null, today(),
                        UkDates.typed(LocalDate.now(clock).minusDays(1)), "x", null), "end"})) {
            var e = assertThrows(InvalidInputException.class, () -> prescribe.prescribe(UUID.randomUUID(), p, "CMHT", (PrescriptionForm) bad[0], null));
            assertEquals(bad[1], e.problems().get(0).field(), e.getMessage());
        }
        assertEquals(0, medicines.of(p).current().size());
    }

    @Test
    void aRepeatedSubmissionMakesOneOrder() {
        asPrescriber("TAF");
        UUID p = patient();
        allergies.recordNoKnownAllergies(p);
        UUID submission = UUID.randomUUID();
        var first = prescribe.prescribe(submission, p, "CMHT", form("Sertraline 50mg tablets", "50", "ONCE_DAILY"), null);
        var again = prescribe.prescribe(submission, p, "CMHT", form("Sertraline 50mg tablets", "50", "ONCE_DAILY"), null);
        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.order().id(), again.order().id());
        assertEquals(1, medicines.of(p).current().size());
    }

    @Test
    void anotherTrustsOrderAndPatientAnswerAsIfTheyDidNotExist() throws Exception {
        asPrescriber("RAT");
        UUID ratPatient = patient();
        allergies.recordNoKnownAllergies(ratPatient);
        UUID ratOrder = prescribe.prescribe(UUID.randomUUID(), ratPatient, "CMHT", form("Sertraline 50mg tablets", "50", "ONCE_DAILY"), null)
                .order().id();
        CountDownLatch go = new CountDownLatch(0);
        var answers = elsewhere("RKL", "rkl.it", Set.of(Roles.PHARMACIST, Roles.PRESCRIBER, Roles.CLINICIAN), go, () -> List.of(
                thrown(() -> pharmacy.review(ratOrder)), thrown(() -> pharmacy.verify(ratOrder, 1, null)),
                thrown(() -> medicines.of(ratPatient)), thrown(() -> allergies.forPatient(ratPatient)),
                thrown(() -> prescribe.prescribe(UUID.randomUUID(), ratPatient, "CMHT", form("Sertraline 50mg tablets", "50", "ONCE_DAILY"), null)),
                String.valueOf(pharmacy.worklist(Optional.empty(), false, 0).items().stream().anyMatch(i -> i.order().id().equals(ratOrder)))))
                .get();
        assertEquals(List.of("not found", "not found", "not found", "not found", "not found", "false"), answers);
        assertEquals(OrderStatus.AWAITING_VERIFICATION, medicines.order(ratOrder).status(), "RAT's order untouched");
    }

    @Test
    void aClerkCannotPrescribeOrVerify() {
        as("RAT", "it.clerk", Roles.CLERK);
        assertThrows(AccessRefusedException.class, () -> prescribe.preview(UUID.randomUUID(), null));
        assertThrows(AccessRefusedException.class, () -> pharmacy.worklist(Optional.empty(), false, 0));
    }

    @Test
    void theOperatorLoadsANewerKnowledgeBaseWhichScreeningThenNames() throws Exception {
        as(null, "operator", Roles.HOSTING_OPERATOR);
        String before = kbAdmin.releases().stream().filter(r -> r.isLive()).findFirst().orElseThrow().version();
        Map<String, String> files = new java.util.HashMap<>(KnowledgeBaseFiles.shippedText());
        String newer = "it-" + UUID.randomUUID().toString().substring(0, 8);
        files.put("knowledge-base.properties", files.get("knowledge-base.properties").replaceAll("version=.*", "version=" + newer));
        var bad = new java.util.HashMap<>(files);
        bad.remove("interactions.csv");
        assertThrows(InvalidInputException.class, () -> kbAdmin.load(zip(bad)), "an incomplete release is refused");
        var loaded = kbAdmin.load(zip(files));
        assertEquals(newer, loaded.version());
        assertTrue(loaded.isLive());
        assertEquals(1, kbAdmin.releases().stream().filter(r -> r.isLive()).count());
        assertFalse(before.equals(newer));
        var screenedWith = elsewhere("RAT", PRESCRIBER, Set.of(Roles.PRESCRIBER, Roles.CLINICIAN), new CountDownLatch(0), () -> {
            UUID p = patient();
            return prescribe.preview(p, form("Sertraline 50mg tablets", "50", "ONCE_DAILY")).version().orElseThrow().version();
        }).get();
        assertEquals(newer, screenedWith);
    }

    <T> T runAs(String ods, String user, Set<String> roles, Callable<T> work) {
        try {
            return elsewhere(ods, user, roles, new CountDownLatch(0), work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String thrown(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (RecordNotFoundException e) {
            return "not found";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    static byte[] zip(Map<String, String> files) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                z.putNextEntry(new ZipEntry("release/" + f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aKnowledgeBaseOlderThanTheTrustAllowsIsNotCheckedNeverASilentPass() {
        asPrescriber("RAT");
        UUID p = patient();
        var live = dictionary.liveVersion().orElseThrow();
        formularyAdmin.allowKnowledgeBaseAge("30");
        try {
            movableClock.set(live.issued().plusDays(31).atTime(10, 0));
            var form = form("Sertraline 50mg tablets", "50", "ONCE_DAILY");
            var preview = prescribe.preview(p, form);
            assertFalse(preview.checked(), "31 days old where the trust allows 30");
            assertTrue(preview.headline().startsWith("NOT CHECKED"), preview.headline());
            assertTrue(preview.notChecked().stream().anyMatch(n -> n.contains("30")), "says why: " + preview.notChecked());
            assertThrows(ScreeningNeedsReasonException.class, () -> prescribe.prescribe(UUID.randomUUID(), p, "CMHT North", form, null),
                    "going on unchecked needs a reason");
            var made = prescribe.prescribe(UUID.randomUUID(), p, "CMHT North", form, "Checked by hand against the BNF");
            assertFalse(made.order().screening().checked(), "the order keeps its NOT CHECKED result for the pharmacist");
            movableClock.set(live.issued().plusDays(29).atTime(10, 0));
            assertTrue(prescribe.preview(p, form("Sertraline 50mg tablets", "50", "ONCE_DAILY")).checked(), "within the allowed age it is checked");
        } finally {
            formularyAdmin.allowKnowledgeBaseAge("400");
        }
    }

    @Test
    void aTrustsFormularyComesFirstRestrictsAndSetsItsOwnMaximum() throws Exception {
        asPrescriber("RKL");
        String sertraline50 = product("Sertraline 50mg tablets");
        formularyAdmin.allow(sertraline50, "Specialist initiation only", "100");
        try {
            var choices = dictionary.search("sertraline", 10);
            assertEquals("Sertraline 50mg tablets", choices.get(0).name(), "the formulary first: " + choices);
            assertEquals("Specialist initiation only", choices.get(0).restriction());
            assertTrue(choices.stream().filter(c -> c.name().equals("Sertraline 100mg tablets")).allMatch(c -> !c.onFormulary()
                    && c.label().contains("non-formulary")), "the rest marked: " + choices);

            UUID p = patient();
            var screened = prescribe.preview(p, form("Sertraline 50mg tablets", "150", "ONCE_DAILY"));
            assertTrue(screened.findings().stream().anyMatch(f -> f.kind() == FindingKind.DOSE && f.evidence().contains("local maximum")),
                    "150 mg a day is over the trust's 100 mg though under the usual 200 mg: " + screened.findings());
            assertTrue(screened.findings().stream().anyMatch(f -> f.kind() == FindingKind.FORMULARY && f.summary().contains("Specialist initiation only")));
            var other = prescribe.preview(p, form("Sertraline 100mg tablets", "100", "ONCE_DAILY"));
            assertTrue(other.findings().stream().anyMatch(f -> f.kind() == FindingKind.FORMULARY && f.summary().contains("not on the trust's formulary")));

            boolean tafAllowsAll = elsewhere("TAF", PRESCRIBER, Set.of(Roles.CLINICIAN, Roles.PRESCRIBER), new CountDownLatch(0),
                    () -> dictionary.search("sertraline", 10).stream().allMatch(MedicineChoice::onFormulary)).get();
            assertTrue(tafAllowsAll, "another trust's formulary is not this trust's: TAF has none, so everything is allowed");
        } finally {
            var entry = formularyAdmin.entries().stream().filter(l -> l.entry().productId().equals(sertraline50)).findFirst().orElseThrow();
            formularyAdmin.remove(sertraline50, entry.entry().version());
        }
        assertTrue(formularyAdmin.entries().stream().noneMatch(l -> l.entry().productId().equals(sertraline50)), "taken off the formulary");
        assertTrue(dictionary.search("sertraline", 10).stream().allMatch(MedicineChoice::onFormulary), "no formulary left: everything allowed");
    }
}
