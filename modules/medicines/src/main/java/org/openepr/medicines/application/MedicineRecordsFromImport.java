package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyKind;
import org.openepr.medicines.domain.allergies.AllergyRepository;
import org.openepr.medicines.domain.allergies.AllergySeverity;
import org.openepr.medicines.domain.allergies.Certainty;
import org.openepr.medicines.domain.allergies.ReactionType;
import org.openepr.medicines.domain.knowledge.SubstanceId;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderQuery;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.medicines.domain.orders.Prescribing;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.orders.Verification;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Allergy entries and medication orders loaded from a whole-trust export into an empty trust (the background worker
 * only), a batch in the import's transaction. Each comes back as it stood in the source, history and all: an ended
 * entry stays ended (who, when, why), an order keeps every version with its own verification, its pharmacy queries
 * and answers, and its stop. Nothing is screened or verified again: the record says what was decided then, against the
 * knowledge base of then. The import job's audit lines and the source's trail, imported with it, say where they came
 * from, so no line is written per record here.
 */
@UseCase
@Access(module = MedicinesModule.NAME, roles = Roles.BACKGROUND)
public class MedicineRecordsFromImport {

    /** An allergy entry as exported, for a patient already imported (its new id). */
    public record ImportedAllergy(UUID patientId, AllergyKind kind, String substanceId, String group, String description,
                                  ReactionType reactionType, String reaction, AllergySeverity severity, Certainty certainty, LocalDate onset,
                                  String recordedBy, Instant recordedAt, Instant endedAt, String endedBy, String endReason) {
    }

    /** One version of an order as exported, with its own verification. */
    public record ImportedVersion(int number, Prescription prescription, String productName, Prescribing prescribing,
                                  Verification verification, String verifiedBy, Instant verifiedAt, String verificationNote,
                                  String verificationScreening) {
    }

    /** A pharmacy query about a version, with the answer if it had one. */
    public record ImportedQuery(int versionNumber, String askedBy, Instant askedAt, String question, String answeredBy, Instant answeredAt,
                                String answer) {
    }

    /**
     * An order as exported: where it stands, every version (oldest first) and every query; {@code id} is its id here
     * (decided by the import before the batch, so a screening finding can name an order loaded later).
     */
    public record ImportedOrder(UUID id, UUID patientId, String service, OrderStatus status, boolean highRisk, Instant awaitingSince,
                                Instant stoppedAt, String stoppedBy, String stopReason, List<ImportedVersion> versions,
                                List<ImportedQuery> queries) {
    }

    @Inject
    AllergyRepository allergies;

    @Inject
    OrderRepository orders;

    /** The new ids, in the order given. */
    public List<UUID> addAllergies(List<ImportedAllergy> batch) {
        List<UUID> ids = new ArrayList<>(batch.size());
        for (ImportedAllergy a : batch) {
            AllergyEntry entry = a.kind() == AllergyKind.NO_KNOWN_ALLERGIES
                    ? AllergyEntry.noKnownAllergies(a.patientId(), a.recordedBy(), a.recordedAt())
                    : AllergyEntry.allergy(a.patientId(), new AllergyEntry.Allergen(a.substanceId() == null ? null : new SubstanceId(a.substanceId()),
                            a.group(), a.description()), new AllergyEntry.Reaction(a.reactionType(), a.reaction(), a.severity(), a.certainty(),
                            a.onset()), a.recordedBy(), a.recordedAt());
            if (a.endedAt() != null) {
                entry.end(a.endedBy(), a.endedAt(), a.endReason());
            }
            allergies.add(entry);
            ids.add(entry.id());
        }
        return ids;
    }

    /** The new ids, in the order given. */
    public List<UUID> addOrders(List<ImportedOrder> batch) {
        List<UUID> ids = new ArrayList<>(batch.size());
        for (ImportedOrder o : batch) {
            check(o);
            ImportedVersion first = o.versions().get(0);
            MedicationOrder order = MedicationOrder.restore(o.id(), o.patientId(), o.service(), o.status(), o.versions().size(), o.highRisk(),
                    first.prescribing().by(), o.awaitingSince(), o.stoppedAt(), o.stoppedBy(), o.stopReason());
            orders.add(order);
            for (ImportedVersion v : o.versions()) {
                orders.add(OrderVersion.restore(order.id(), v.number(), v.prescription(), v.productName(), v.prescribing(), v.verification(),
                        v.verifiedBy(), v.verifiedAt(), v.verificationNote(), v.verificationScreening()));
            }
            for (ImportedQuery q : o.queries()) {
                orders.add(OrderQuery.restore(order.id(), q.versionNumber(), q.askedBy(), q.askedAt(), q.question(), q.answeredBy(),
                        q.answeredAt(), q.answer()));
            }
            ids.add(order.id());
        }
        orders.flush();
        return ids;
    }

    /** What the order's own rules would never have made is refused, rather than loaded as a record nobody could act on. */
    static void check(ImportedOrder o) {
        if (o.versions().isEmpty()) {
            throw new InvalidInputException("MedicationRequest", "An order has no versions");
        }
        for (int i = 0; i < o.versions().size(); i++) {
            if (o.versions().get(i).number() != i + 1) {
                throw new InvalidInputException("MedicationRequest", "An order's versions are not numbered 1 to " + o.versions().size());
            }
        }
        if ((o.status() == OrderStatus.STOPPED) != (o.stoppedAt() != null)) {
            throw new InvalidInputException("MedicationRequest", "An order is " + o.status().label().toLowerCase()
                    + (o.stoppedAt() == null ? " without" : " with") + " a stop");
        }
        for (ImportedQuery q : o.queries()) {
            if (q.versionNumber() < 1 || q.versionNumber() > o.versions().size()) {
                throw new InvalidInputException("MedicationRequest", "A pharmacy query is about version " + q.versionNumber()
                        + ", which the order does not have");
            }
        }
    }
}
