package org.openepr.discharge.domain.summary;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openepr.platform.security.Roles;

/**
 * A trust's rules for signing discharge summaries, set by its trust admin: which roles may sign (any clinician, or only
 * prescribers: doctors and non-medical prescribers) and the most hours from discharge to signature (past it, the
 * summary is overdue on the dashboard). Without a decision: any clinician, within 24 hours.
 */
public record SigningRules(Set<String> signers, int maxHoursToSign) {

    /** The settings' names under the discharge module (TrustSettings). */
    public static final String SIGNERS_SETTING = "summary.signers";
    public static final String MAX_HOURS_SETTING = "summary.maxHoursToSign";

    /** Roles a trust may choose from. */
    public static final List<String> ROLES_THAT_MAY_SIGN = List.of(Roles.CLINICIAN, Roles.PRESCRIBER);
    public static final int MAX_HOURS_LIMIT = 24 * 14;
    public static final SigningRules DEFAULT = new SigningRules(Set.of(Roles.CLINICIAN), 24);

    public SigningRules {
        if (signers == null || signers.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one role that may sign discharge summaries");
        }
        for (String role : signers) {
            if (!ROLES_THAT_MAY_SIGN.contains(role)) {
                throw new IllegalArgumentException(Roles.label(role) + " cannot sign discharge summaries: choose from "
                        + ROLES_THAT_MAY_SIGN.stream().map(Roles::label).collect(Collectors.joining(", ")));
            }
        }
        if (maxHoursToSign < 1 || maxHoursToSign > MAX_HOURS_LIMIT) {
            throw new IllegalArgumentException("Hours from discharge to signature must be from 1 to " + MAX_HOURS_LIMIT);
        }
        signers = Set.copyOf(signers);
    }

    /** Rules as stored (either setting may be missing: its default then stands). */
    public static SigningRules of(String signersSetting, String maxHoursSetting) {
        Set<String> roles = signersSetting == null ? DEFAULT.signers
                : Arrays.stream(signersSetting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        int hours = maxHoursSetting == null ? DEFAULT.maxHoursToSign : Integer.parseInt(maxHoursSetting.strip());
        return new SigningRules(roles, hours);
    }

    /** Hours as typed by the trust admin. */
    public static int hours(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("Hours from discharge to signature is required");
        }
        int hours;
        try {
            hours = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Hours from discharge to signature must be a whole number, e.g. 24");
        }
        if (hours < 1 || hours > MAX_HOURS_LIMIT) {
            throw new IllegalArgumentException("Hours from discharge to signature must be from 1 to " + MAX_HOURS_LIMIT);
        }
        return hours;
    }

    public boolean allows(Collection<String> callerRoles) {
        return callerRoles.stream().anyMatch(signers::contains);
    }

    public String signersSetting() {
        return ROLES_THAT_MAY_SIGN.stream().filter(signers::contains).collect(Collectors.joining(","));
    }

    /** "Clinician" or "Prescriber", as staff call them. */
    public String signersInWords() {
        return ROLES_THAT_MAY_SIGN.stream().filter(signers::contains).map(Roles::label).collect(Collectors.joining(" or "));
    }
}
