package org.openepr.patients.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The roles a trust lets change an NHS number: clinicians until it decides otherwise, never nobody. */
public final class NhsNumberChangers {

    /** The trust setting's name (module patient-index). */
    public static final String SETTING = "nhs_number_changers";

    /** The roles that may ever be given the change: those who keep patient records day to day. */
    public static final List<String> ELIGIBLE = List.of("clinician", "clerk");

    private static final Set<String> DEFAULT = Set.of("clinician");

    private NhsNumberChangers() {
    }

    public static Set<String> from(Optional<String> setting) {
        return setting.map(v -> (Set<String>) new LinkedHashSet<>(Arrays.stream(v.split(",")).map(String::strip)
                .filter(r -> !r.isEmpty()).toList())).orElse(DEFAULT);
    }

    /** As stored: the chosen roles in a fixed order; refuses none and any role not eligible. */
    public static String toSetting(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one role: a wrong NHS number must always be correctable");
        }
        if (!ELIGIBLE.containsAll(roles)) {
            throw new IllegalArgumentException("Only clinicians or booking clerks may change NHS numbers");
        }
        return String.join(",", ELIGIBLE.stream().filter(roles::contains).toList());
    }
}
