package org.openepr.platform.trust;

import java.util.Optional;

/**
 * A module's rules for the values of its own trust settings, as its settings pages check them. A setting that comes
 * from elsewhere (a whole-trust import, possibly from another release or a tampered archive) is checked against them
 * before anything is written, so a trust is never left with a value its module cannot read. Each module contributes
 * one {@code @ApplicationScoped} bean.
 */
public interface SettingRules {

    /** The module whose settings these are, as {@link TrustSettings} keys them. */
    String module();

    /** What is wrong with the value of the setting {@code name}, in words; empty if the module reads it (or does not know it). */
    Optional<String> problem(String name, String value);

    /** The module's own check of a value (its page's parser) as a problem: the message of what it throws. */
    static Optional<String> problemOf(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
