package org.openepr.it.importing.seed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.medicines.application.Allergies;
import org.openepr.medicines.application.AmendOrder;
import org.openepr.medicines.application.FormularyAdmin;
import org.openepr.medicines.application.MedicineDictionary;
import org.openepr.medicines.application.PharmacyVerification;
import org.openepr.medicines.application.Prescribe;
import org.openepr.medicines.application.StopOrder;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.orders.PrescriptionForm;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * Every kind of medicines record for the given patients, made through the module's own use cases in the current
 * request's trust (run inside {@code RoundTrip.as}): allergy entries (no known drug allergies, NKDA ended by an
 * allergy, a substance and a group, one entered in error, NKDA entered in error, none at all), and two orders per
 * patient, whose fates rotate over every state an order reaches (awaiting, verified, queried, queried then answered
 * and verified, amended then verified, verified then amended without a clinical change, verified then stopped,
 * rejected, queried then amended, stopped while awaiting). The prescriber and the pharmacist are other users (a
 * pharmacist may not verify their own order). The knowledge base is the instance's shipped one. Last, as the trust
 * admin (after the orders, so their screening is not changed by it), the trust's formulary: one medicine restricted,
 * one with a local maximum, one added and then withdrawn.
 */
public final class MedicinesSeed {

    static final String PRESCRIBER = "it.seed.prescriber";
    static final String PHARMACIST = "it.seed.pharmacist";
    static final String FORMULARY_ADMIN = "it.seed.formulary";
    static final String REASON = "Discussed with the team; monitoring agreed";
    static final List<String> MEDICINES = List.of("Sertraline 50mg tablets", "Paracetamol 500mg tablets",
            "Lithium carbonate 400mg modified-release tablets");
    static final int FATES = 10;

    private MedicinesSeed() {
    }

    public static void seed(List<UUID> patients) {
        String ods = Beans.get(TrustContext.class).requireTrust().value();
        allergies(patients);
        LocalDate serverToday = LocalDate.now(Beans.get(Clock.class).withZone(ZoneId.of("Europe/London")));
        // two orders per patient, fate (2i + k) mod 10
        List<UUID> orders = new ArrayList<>();
        List<Integer> fates = new ArrayList<>();
        Map<String, String> products = new java.util.HashMap<>();
        as(ods, PRESCRIBER, Set.of(Roles.CLINICIAN, Roles.PRESCRIBER), () -> {
            Map<String, String> ids = productIds();
            products.putAll(ids);
            Prescribe prescribe = Beans.get(Prescribe.class);
            for (int i = 0; i < patients.size(); i++) {
                for (int k = 0; k < 2; k++) {
                    int fate = (2 * i + k) % FATES;
                    String name = MEDICINES.get((i + k) % MEDICINES.size());
                    PrescriptionForm form = form(ids.get(name), name, serverToday, k == 1 && i % 3 == 0, i % 4 == 0 ? "Review at clinic" : null);
                    orders.add(prescribe.prescribe(UUID.randomUUID(), patients.get(i), k == 0 ? "CMHT North" : "Inpatient pharmacy", form,
                            REASON).order().id());
                    fates.add(fate);
                }
            }
            return null;
        });
        // the pharmacist's first pass
        as(ods, PHARMACIST, Set.of(Roles.PHARMACIST), () -> {
            PharmacyVerification pharmacy = Beans.get(PharmacyVerification.class);
            for (int n = 0; n < orders.size(); n++) {
                UUID order = orders.get(n);
                switch (fates.get(n)) {
                    case 1, 5, 6 -> pharmacy.verify(order, 1, fates.get(n) == 1 ? null : "Checked against the chart");
                    case 2, 3, 8 -> pharmacy.query(order, 1, "Is this dose intended? Recent bloods pending.");
                    case 7 -> pharmacy.reject(order, 1, "Duplicate of a current order");
                    default -> {
                    }
                }
            }
            return null;
        });
        // the prescriber answers, changes and stops
        as(ods, PRESCRIBER, Set.of(Roles.CLINICIAN, Roles.PRESCRIBER), () -> {
            AmendOrder amend = Beans.get(AmendOrder.class);
            StopOrder stop = Beans.get(StopOrder.class);
            Map<String, String> ids = productIds();
            for (int n = 0; n < orders.size(); n++) {
                UUID order = orders.get(n);
                int i = n / 2;
                String name = MEDICINES.get((i + n % 2) % MEDICINES.size());
                String product = ids.get(name);
                switch (fates.get(n)) {
                    case 3 -> amend.answerQuery(order, 1, "Yes, intended: bloods were normal");
                    case 4, 8 -> amend.amend(order, 1, changed(form(product, name, serverToday, n % 2 == 1 && i % 3 == 0, null)), REASON);
                    case 5 -> amend.amend(order, 1, withNotes(form(product, name, serverToday, n % 2 == 1 && i % 3 == 0, i % 4 == 0 ? "Review at clinic" : null),
                            "Take with food"), REASON);
                    case 6 -> stop.stop(order, 1, "Course completed");
                    case 9 -> stop.stop(order, 1, "Prescribed in error");
                    default -> {
                    }
                }
            }
            return null;
        });
        // the pharmacist verifies what came back
        as(ods, PHARMACIST, Set.of(Roles.PHARMACIST), () -> {
            PharmacyVerification pharmacy = Beans.get(PharmacyVerification.class);
            for (int n = 0; n < orders.size(); n++) {
                switch (fates.get(n)) {
                    case 3 -> pharmacy.verify(orders.get(n), 1, "Answer accepted");
                    case 4 -> pharmacy.verify(orders.get(n), 2, "Dose change: fine");
                    default -> {
                    }
                }
            }
            return null;
        });
        formulary(ods, products);
    }

    /** The trust's formulary through the admin's page's use case: restricted, a local maximum, withdrawn. */
    private static void formulary(String ods, Map<String, String> products) {
        String sertraline = products.get(MEDICINES.get(0));
        String paracetamol = products.get(MEDICINES.get(1));
        String lithium = products.get(MEDICINES.get(2));
        as(ods, FORMULARY_ADMIN, Set.of(Roles.TRUST_ADMIN), () -> {
            FormularyAdmin admin = Beans.get(FormularyAdmin.class);
            admin.allow(sertraline, "Started by a consultant psychiatrist", null);
            admin.allow(paracetamol, null, "1000");
            admin.allow(lithium, "Specialist initiation; levels monitored", "800");
            return null;
        });
        as(ods, FORMULARY_ADMIN, Set.of(Roles.TRUST_ADMIN), () -> {
            FormularyAdmin admin = Beans.get(FormularyAdmin.class);
            int version = admin.entries().stream().filter(l -> l.entry().productId().equals(lithium)).findFirst().orElseThrow().entry().version();
            admin.remove(lithium, version);
            return null;
        });
    }

    /** The live knowledge base's product ids of the seed's medicines, by name. */
    private static Map<String, String> productIds() {
        MedicineDictionary dictionary = Beans.get(MedicineDictionary.class);
        Map<String, String> ids = new java.util.HashMap<>();
        for (String name : MEDICINES) {
            ids.put(name, dictionary.search(name, 5).stream().filter(m -> m.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " in the knowledge base")).productId());
        }
        return ids;
    }

    /** Allergy entries by patient, five patterns, as the clinician of the current request. */
    private static void allergies(List<UUID> patients) {
        Allergies allergies = Beans.get(Allergies.class);
        String onset = UkDates.typed(LocalDate.of(2019, 6, 1));
        for (int i = 0; i < patients.size(); i++) {
            UUID p = patients.get(i);
            switch (i % 5) {
                case 0 -> allergies.recordNoKnownAllergies(p);
                case 1 -> {
                    allergies.recordNoKnownAllergies(p); // ended by the allergy
                    allergies.record(p, new Allergies.AllergyForm("PENICILLINS", "ALLERGY", "Anaphylaxis", "SEVERE", "CONFIRMED", onset));
                }
                case 2 -> {
                    allergies.record(p, new Allergies.AllergyForm("LVTM0156", "INTOLERANCE", null, "MILD", "SUSPECTED", null));
                    AllergyEntry wrong = allergies.record(p, new Allergies.AllergyForm("CEPHALOSPORINS", "ALLERGY", "Rash", null, "CONFIRMED", null));
                    allergies.end(wrong.id(), wrong.version(), "Entered in error");
                }
                case 3 -> {
                    // not recorded: no entry at all
                }
                default -> {
                    AllergyEntry nkda = allergies.recordNoKnownAllergies(p);
                    allergies.end(nkda.id(), nkda.version(), "Entered in error: wrong patient");
                }
            }
        }
    }

    /** An order starting on the server's today (its clock, which a test may have moved). */
    private static PrescriptionForm form(String product, String name, LocalDate start, boolean asRequired, String notes) {
        String dose = name.startsWith("Sertraline") ? "50" : name.startsWith("Paracetamol") ? "1000" : "400";
        String today = UkDates.typed(start);
        String end = name.startsWith("Paracetamol") ? UkDates.typed(start.plusDays(14)) : null;
        return asRequired
                ? new PrescriptionForm(product, null, dose, "AS_REQUIRED", "4", today, end, "Pain", notes)
                : new PrescriptionForm(product, null, dose, "ONCE_DAILY", null, today, end, "Treatment", notes);
    }

    /** A clinical change: half the dose. */
    private static PrescriptionForm changed(PrescriptionForm f) {
        String half = new java.math.BigDecimal(f.dose()).divide(java.math.BigDecimal.valueOf(2)).toPlainString();
        return new PrescriptionForm(f.medicine(), f.route(), half, f.frequency(), f.maxDosesPer24Hours(), f.start(), f.end(), f.indication(), f.notes());
    }

    private static PrescriptionForm withNotes(PrescriptionForm f, String notes) {
        return new PrescriptionForm(f.medicine(), f.route(), f.dose(), f.frequency(), f.maxDosesPer24Hours(), f.start(), f.end(), f.indication(), notes);
    }

    private static void as(String ods, String user, Set<String> roles, Callable<Void> work) {
        AsAnotherUser.run(ods, user, roles, work);
    }
}
