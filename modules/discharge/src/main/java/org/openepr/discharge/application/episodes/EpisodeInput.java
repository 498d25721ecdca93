package org.openepr.discharge.application.episodes;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffMember;

/** Parsers for the episode forms (and the API): each throws IllegalArgumentException naming the field in words. */
final class EpisodeInput {

    private EpisodeInput() {
    }

    /** A clinician of this trust's staff, by user id. */
    static StaffMember clinician(Map<String, StaffMember> staff, String label, String userId) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("Choose the " + label.toLowerCase(java.util.Locale.ROOT));
        }
        StaffMember m = staff.get(userId.strip());
        if (m == null || !m.roles().contains(Roles.CLINICIAN)) {
            throw new IllegalArgumentException(label + " must be one of this trust's clinicians");
        }
        return m;
    }

    /** A legal status classification, by its name as the form sends it or its two-digit code as returns write it. */
    static LegalStatusClassification legalStatus(String value) {
        if (value != null && value.strip().matches("\\d\\d")) {
            return LegalStatusClassification.ofCode(value.strip())
                    .orElseThrow(() -> new IllegalArgumentException("Legal status must be one of the listed classifications"));
        }
        return InputCheck.choice(LegalStatusClassification.class, "Legal status", value, true);
    }

    /** A date and a required time, as typed. */
    static Instant at(String label, String date, String time) {
        return InputCheck.dateTime(label, date, time, true);
    }

    /** The trust's clinicians who have signed in, by name: whom a form offers as responsible clinician or lead professional. */
    static List<StaffMember> clinicians(Map<String, StaffMember> staff) {
        return staff.values().stream().filter(m -> m.roles().contains(Roles.CLINICIAN))
                .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** One of the trust's wards, by its id as the form sends it. */
    static Ward ward(WardRepository wards, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Choose a ward");
        }
        UUID wardId;
        try {
            wardId = UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("No such ward");
        }
        return wards.find(wardId).orElseThrow(() -> new IllegalArgumentException("No such ward"));
    }
}
