package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyRepository;
import org.openepr.medicines.domain.allergies.AllergyStatus;
import org.openepr.medicines.domain.allergies.ReactionType;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The allergies line of the patient banner, on every patient page (MedicinesModule's banner strip): "Penicillins
 * (severe: anaphylaxis)", "No known drug allergies", or "Allergies not recorded" (a gap, shown as a warning). One
 * bounded query on the patient's active entries; the read is audited. Another trust's patient (or none) gets no
 * line at all, rather than "not recorded", which would be a claim about a record this trust does not hold.
 */
@UseCase
@ReadsOnly
@Access(module = MedicinesModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class BannerAllergies {

    /** More active allergies than any real record holds; beyond, the line says there are more (the allergies page lists all). */
    static final int MOST = 20;

    @Inject
    AllergyRepository entries;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    /** The status, and each active allergy in words, most severe first. */
    public record Line(AllergyStatus status, List<String> allergies, boolean more) {
        public boolean notRecorded() {
            return status == AllergyStatus.NOT_RECORDED;
        }

        /** What the banner says after "Allergies:". */
        public String text() {
            return status == AllergyStatus.RECORDED ? String.join(", ", allergies) + (more ? " and more" : "") : status.label();
        }
    }

    public Optional<Line> of(UUID patientId) {
        if (patientId == null || patients.find(patientId).isEmpty()) {
            return Optional.empty();
        }
        List<AllergyEntry> active = entries.active(patientId, MOST + 1);
        List<AllergyEntry> shown = active.stream().limit(MOST).toList();
        AllergyStatus status = AllergyEntry.statusOf(shown);
        List<String> allergies = shown.stream().filter(e -> e.forScreening().isPresent())
                .sorted(Comparator.comparing((AllergyEntry e) -> e.severity() == null ? -1 : e.severity().ordinal()).reversed())
                .map(BannerAllergies::inWords).toList();
        Line line = new Line(status, allergies, active.size() > MOST);
        audit.record(MedicinesAudit.ALLERGIES_VIEWED, null, patientId, "banner: " + line.text());
        return Optional.of(line);
    }

    /** "Penicillins (severe: anaphylaxis)", "Ibuprofen (intolerance, mild: indigestion)", "Codeine". */
    static String inWords(AllergyEntry e) {
        String kind = e.reactionType() == ReactionType.INTOLERANCE ? "intolerance" : null;
        String severity = e.severity() == null ? null : e.severity().label().toLowerCase(java.util.Locale.ROOT);
        String how = kind == null ? severity : severity == null ? kind : kind + ", " + severity;
        String what = e.reaction() == null || e.reaction().isBlank() ? null : asWord(e.reaction().strip());
        String detail = how == null ? what : what == null ? how : how + ": " + what;
        return detail == null ? e.description() : e.description() + " (" + detail + ")";
    }

    /** "Anaphylaxis" reads "anaphylaxis" mid-line; an abbreviation ("SJS") stays as recorded. */
    private static String asWord(String reaction) {
        boolean capitalised = reaction.length() > 1 && Character.isUpperCase(reaction.charAt(0)) && Character.isLowerCase(reaction.charAt(1));
        return capitalised ? Character.toLowerCase(reaction.charAt(0)) + reaction.substring(1) : reaction;
    }
}
