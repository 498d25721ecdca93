package org.openepr.medicines.domain.allergies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.medicines.domain.knowledge.SubstanceId;
import org.openepr.platform.persistence.TrustOwned;

/**
 * One entry of a patient's allergy record: an allergy or intolerance to a substance or a group, or "no known drug
 * allergies". Entries are never edited, only ended (with who, when and why); a correction is a new entry, so the
 * record's history is the entries themselves.
 */
@Entity
@Table(name = "allergy")
public class AllergyEntry extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    private AllergyKind kind;

    @Column(name = "substance_id")
    private String substanceId;

    @Column(name = "allergy_group")
    private String allergyGroup;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "reaction_type")
    private ReactionType reactionType;

    private String reaction;

    @Enumerated(EnumType.STRING)
    private AllergySeverity severity;

    @Enumerated(EnumType.STRING)
    private Certainty certainty;

    private LocalDate onset;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    private int version;

    protected AllergyEntry() {
    }

    /** What was reacted to: a substance or a group, named as the dictionary names it. */
    public record Allergen(SubstanceId substance, String group, String description) {
    }

    /** The reaction as recorded. */
    public record Reaction(ReactionType type, String description, AllergySeverity severity, Certainty certainty, LocalDate onset) {
    }

    public static AllergyEntry allergy(UUID patientId, Allergen allergen, Reaction reaction, String by, Instant at) {
        AllergyEntry e = entry(patientId, allergen.substance() != null ? AllergyKind.SUBSTANCE : AllergyKind.GROUP, allergen.description(), by, at);
        e.substanceId = allergen.substance() == null ? null : allergen.substance().value();
        e.allergyGroup = allergen.group();
        e.reactionType = reaction.type();
        e.reaction = reaction.description();
        e.severity = reaction.severity();
        e.certainty = reaction.certainty();
        e.onset = reaction.onset();
        return e;
    }

    public static AllergyEntry noKnownAllergies(UUID patientId, String by, Instant at) {
        return entry(patientId, AllergyKind.NO_KNOWN_ALLERGIES, "No known drug allergies", by, at);
    }

    private static AllergyEntry entry(UUID patientId, AllergyKind kind, String description, String by, Instant at) {
        AllergyEntry e = new AllergyEntry();
        e.id = UUID.randomUUID();
        e.patientId = patientId;
        e.kind = kind;
        e.description = description;
        e.recordedBy = by;
        e.recordedAt = at;
        return e;
    }

    public void end(String by, Instant at, String reason) {
        if (endedAt != null) {
            throw new IllegalStateException("This entry was already ended by " + endedBy);
        }
        endedAt = at;
        endedBy = by;
        endReason = reason;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    /** The patient's status from their active entries. */
    public static AllergyStatus statusOf(List<AllergyEntry> entries) {
        var active = entries.stream().filter(AllergyEntry::isActive).toList();
        if (active.stream().anyMatch(e -> e.kind != AllergyKind.NO_KNOWN_ALLERGIES)) {
            return AllergyStatus.RECORDED;
        }
        return active.isEmpty() ? AllergyStatus.NOT_RECORDED : AllergyStatus.NO_KNOWN_ALLERGIES;
    }

    /** As screening sees it; empty for an NKDA entry. */
    public java.util.Optional<KnownAllergy> forScreening() {
        if (kind == AllergyKind.NO_KNOWN_ALLERGIES || !isActive()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new KnownAllergy(id, substanceId == null ? null : new SubstanceId(substanceId), allergyGroup, description,
                reactionType, reaction));
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public AllergyKind kind() { return kind; }
    public String substanceId() { return substanceId; }
    public String allergyGroup() { return allergyGroup; }
    public String description() { return description; }
    public ReactionType reactionType() { return reactionType; }
    public String reaction() { return reaction; }
    public AllergySeverity severity() { return severity; }
    public Certainty certainty() { return certainty; }
    public LocalDate onset() { return onset; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Instant endedAt() { return endedAt; }
    public String endedBy() { return endedBy; }
    public String endReason() { return endReason; }
    public int version() { return version; }
}
