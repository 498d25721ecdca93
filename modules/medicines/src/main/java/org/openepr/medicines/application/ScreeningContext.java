package org.openepr.medicines.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyRepository;
import org.openepr.medicines.domain.formulary.Formulary;
import org.openepr.medicines.domain.formulary.FormularyEntry;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.screening.CurrentMedicine;
import org.openepr.medicines.domain.screening.FormularyPosition;
import org.openepr.medicines.domain.screening.Screening;
import org.openepr.medicines.domain.screening.ScreeningPolicy;
import org.openepr.medicines.domain.screening.ScreeningRequest;
import org.openepr.medicines.domain.screening.ScreeningResult;
import org.openepr.platform.trust.TrustSettings;

/**
 * Screens an order against the live knowledge base and what is known of the patient now: their allergies, their
 * other current orders, the trust's formulary and screening policy. Used at prescribing and again at verification.
 */
@ApplicationScoped
class ScreeningContext {

    static final String MAX_KB_AGE_DAYS = "kb_max_age_days";

    @Inject
    LiveKnowledgeBase knowledge;

    @Inject
    AllergyRepository allergies;

    @Inject
    OrderRepository orders;

    @Inject
    Formulary formulary;

    @Inject
    TrustSettings settings;

    @Inject
    Clock clock;

    ScreeningResult screen(UUID patientId, Prescription prescription, Optional<UUID> excludingOrder) {
        Optional<KnowledgeBase> kb = knowledge.current();
        LocalDate today = LocalDate.now(clock);
        if (kb.isEmpty()) {
            return ScreeningResult.notChecked("no medicines knowledge base is loaded", Optional.empty());
        }
        Optional<Product> product = kb.get().product(prescription.product());
        if (product.isEmpty()) {
            return ScreeningResult.notChecked(prescription.product() + " is not in the medicines knowledge base " + kb.get().version().describe(),
                    Optional.of(kb.get().version()));
        }
        List<AllergyEntry> entries = allergies.forPatient(patientId);
        List<CurrentMedicine> others = currentMedicines(kb.get(), patientId, excludingOrder, today);
        ScreeningRequest request = new ScreeningRequest(product.get(), prescription, AllergyEntry.statusOf(entries),
                entries.stream().flatMap(e -> e.forScreening().stream()).toList(), others, position(prescription.product().value()), today);
        return Screening.screen(kb, policy(), request);
    }

    List<CurrentMedicine> currentMedicines(KnowledgeBase kb, UUID patientId, Optional<UUID> excluding, LocalDate today) {
        List<MedicationOrder> current = orders.forPatient(patientId).stream().filter(o -> o.status().isCurrent())
                .filter(o -> excluding.map(id -> !id.equals(o.id())).orElse(true)).toList();
        return orders.currentVersions(current).stream().filter(v -> v.prescription().end() == null || !v.prescription().end().isBefore(today))
                .flatMap(v -> kb.product(v.prescription().product()).map(p -> new CurrentMedicine(v.orderId(), p, v.prescription())).stream())
                .toList();
    }

    FormularyPosition position(String productId) {
        if (formulary.isEmpty()) {
            return FormularyPosition.none();
        }
        return formulary.entry(productId).map(FormularyEntry::position)
                .orElse(new FormularyPosition(true, false, Optional.empty(), Optional.empty()));
    }

    ScreeningPolicy policy() {
        int maxAge = settings.value(MedicinesModule.NAME, MAX_KB_AGE_DAYS).map(Integer::parseInt)
                .orElse(ScreeningPolicy.DEFAULT.maxKnowledgeBaseAgeDays());
        return new ScreeningPolicy(maxAge, ScreeningPolicy.DEFAULT.warnAbovePercent(), ScreeningPolicy.DEFAULT.blockAbovePercent());
    }

    Optional<KnowledgeBase> knowledgeBase() {
        return knowledge.current();
    }
}
