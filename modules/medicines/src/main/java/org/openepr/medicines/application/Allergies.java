package org.openepr.medicines.application;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyRepository;
import org.openepr.medicines.domain.allergies.AllergySeverity;
import org.openepr.medicines.domain.allergies.AllergyStatus;
import org.openepr.medicines.domain.allergies.Certainty;
import org.openepr.medicines.domain.allergies.ReactionType;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.SubstanceId;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * A patient's allergies and intolerances: recorded against a substance or an allergy group, or "no known drug
 * allergies" as an entry of its own. Recording an allergy ends an NKDA entry; an entry is ended (entered in error, no
 * longer applies), never edited. Read by everyone who prescribes, verifies or keeps the record; every read audited.
 */
@UseCase
@Access(module = MedicinesModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class Allergies {

    @Inject
    StaffDirectory staff;

    @Inject
    AllergyRepository entries;

    @Inject
    AllergyRecords records;

    @Inject
    PatientDirectory patients;

    @Inject
    ScreeningContext screening;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** What the record says now, and its history. */
    public record AllergyRecord(AllergyStatus status, List<AllergyEntry> active, List<AllergyEntry> ended) {
        public boolean notRecorded() {
            return status == AllergyStatus.NOT_RECORDED;
        }
    }

    /** As typed: the allergen (a substance id or an allergy group code), the reaction and how sure. */
    public record AllergyForm(String allergen, String reactionType, String reaction, String severity, String certainty, String onset) {
    }

    public AllergyRecord forPatient(UUID patientId) {
        patients.require(patientId);
        AllergyRecord record = recordOf(patientId);
        audit.record(MedicinesAudit.ALLERGIES_VIEWED, null, patientId, record.status().label());
        return record;
    }

    /** One entry, active or ended (the API reads entries one by one). */
    public AllergyEntry entry(UUID entryId) {
        AllergyEntry entry = entries.find(entryId).orElseThrow(() -> new RecordNotFoundException("allergy"));
        audit.record(MedicinesAudit.ALLERGIES_VIEWED, entryId, entry.patientId(), entry.description());
        return entry;
    }

    private AllergyRecord recordOf(UUID patientId) {
        return records.of(patientId);
    }

    public AllergyEntry record(UUID patientId, AllergyForm form) {
        patients.require(patientId);
        KnowledgeBase kb = screening.knowledgeBase().orElseThrow(() -> new InvalidInputException("allergen",
                "No medicines knowledge base is loaded: allergens cannot be chosen. Tell the service desk."));
        InputCheck check = new InputCheck();
        AllergyEntry.Allergen allergen = check.field("allergen", () -> allergen(kb, form.allergen()));
        ReactionType type = check.field("reactionType", () -> parse(ReactionType.class, "Type", form.reactionType(), true));
        String reaction = check.field("reaction", () -> InputCheck.text("Reaction", form.reaction(), 200, false));
        AllergySeverity severity = check.field("severity", () -> parse(AllergySeverity.class, "Severity", form.severity(), false));
        Certainty certainty = check.field("certainty", () -> parse(Certainty.class, "Certainty", form.certainty(), true));
        LocalDate onset = check.field("onset", () -> onset(form.onset()));
        check.throwIfAny();
        String by = trust.caller().userId();
        var now = clock.instant();
        List<AllergyEntry> all = entries.forPatient(patientId);
        all.stream().filter(AllergyEntry::isActive).filter(e -> e.kind() == org.openepr.medicines.domain.allergies.AllergyKind.NO_KNOWN_ALLERGIES)
                .forEach(nkda -> nkda.end(by, now, "An allergy was recorded: " + allergen.description()));
        if (all.stream().filter(AllergyEntry::isActive).anyMatch(e -> allergen.description().equals(e.description()))) {
            throw new InvalidInputException("allergen", allergen.description() + " is already recorded for this patient");
        }
        AllergyEntry entry = AllergyEntry.allergy(patientId, allergen, new AllergyEntry.Reaction(type, reaction, severity, certainty, onset), by, now);
        entries.add(entry);
        audit.record(MedicinesAudit.ALLERGY_RECORDED, entry.id(), patientId, type.label() + " to " + allergen.description()
                + (reaction == null ? "" : ": " + reaction));
        return entry;
    }

    public AllergyEntry recordNoKnownAllergies(UUID patientId) {
        patients.require(patientId);
        AllergyRecord now = recordOf(patientId);
        if (now.status() != AllergyStatus.NOT_RECORDED) {
            throw new InvalidInputException("noKnownAllergies", now.status() == AllergyStatus.RECORDED
                    ? "This patient has allergies recorded: end them first if they were entered in error"
                    : "No known drug allergies is already recorded");
        }
        AllergyEntry entry = AllergyEntry.noKnownAllergies(patientId, trust.caller().userId(), clock.instant());
        entries.add(entry);
        audit.record(MedicinesAudit.NO_KNOWN_ALLERGIES_RECORDED, entry.id(), patientId, "no known drug allergies");
        return entry;
    }

    public void end(UUID entryId, int versionSeen, String reasonText) {
        String reason = InputCheckOf.required("endReason", "Reason", reasonText, 200);
        AllergyEntry entry = entries.find(entryId).orElseThrow(() -> new RecordNotFoundException("allergy"));
        if (entry.version() != versionSeen || !entry.isActive()) {
            throw new StaleEditException("This entry was changed after you opened it" + (entry.isActive() ? "" : " (ended by "
                    + entry.endedBy() + ")") + ": nothing was saved");
        }
        entry.end(trust.caller().userId(), clock.instant(), reason);
        audit.record(MedicinesAudit.ALLERGY_ENDED, entryId, entry.patientId(), entry.description() + ": " + reason);
    }

    private static AllergyEntry.Allergen allergen(KnowledgeBase kb, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Allergen is required: choose a medicine or a group from the list");
        }
        String t = text.strip();
        if (t.matches("LVTM\\d{4}|\\d{6,18}")) {
            var substance = kb.substance(new SubstanceId(t)).orElseThrow(() -> new IllegalArgumentException("Allergen is not in the medicines dictionary"));
            return new AllergyEntry.Allergen(substance.id(), null, substance.name());
        }
        var group = kb.allergyGroup(t).orElseThrow(() -> new IllegalArgumentException("Allergen is not in the medicines dictionary: choose one from the list"));
        return new AllergyEntry.Allergen(null, group.code(), group.name());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + " must be one of the listed choices");
        }
    }

    private LocalDate onset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = UkDates.parseTyped(text).orElseThrow(() -> new IllegalArgumentException("Onset must be a date written DD/MM/YYYY"));
        if (date.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("Onset cannot be in the future");
        }
        return date;
    }
}
