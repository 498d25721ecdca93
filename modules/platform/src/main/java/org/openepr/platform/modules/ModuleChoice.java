package org.openepr.platform.modules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.security.Access;

/**
 * Which clinical modules a trust may have, from the installed modules' own descriptors: only installed ones, every
 * essential one, and for each module kept, the modules it needs. Every reason at once, naming the modules in words.
 */
public final class ModuleChoice {

    /** The field the trust admin's form names. */
    public static final String FIELD = "modules";

    private final List<ModuleDescriptor> installed;

    public ModuleChoice(Collection<ModuleDescriptor> installed) {
        // a stable order whatever order the container found them in: the essential first, then by name
        this.installed = installed.stream().filter(m -> !Access.PLATFORM.equals(m.name()))
                .sorted(java.util.Comparator.comparing((ModuleDescriptor m) -> !m.essential()).thenComparing(ModuleDescriptor::name)).toList();
    }

    /** The clinical modules a trust can choose among: the essential first, then by name. */
    public List<ModuleDescriptor> choosable() {
        return installed;
    }

    /** The chosen modules in {@link #choosable()} order, or the refusal with every reason. */
    public List<String> check(Collection<String> wanted) {
        Set<String> chosen = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : wanted == null ? List.<String>of() : wanted) {
            String stripped = name == null ? "" : name.strip();
            if (find(stripped) == null) {
                problems.add(new FieldProblem(FIELD, "Unknown module: " + stripped));
            } else {
                chosen.add(stripped);
            }
        }
        for (ModuleDescriptor m : installed) {
            if (m.essential() && !chosen.contains(m.name())) {
                problems.add(new FieldProblem(FIELD, capitalised(m.title()) + " cannot be turned off: every trust has it"));
            }
        }
        for (ModuleDescriptor m : installed) {
            if (!chosen.contains(m.name())) {
                continue;
            }
            for (String needed : m.needs()) {
                if (!chosen.contains(needed)) {
                    problems.add(new FieldProblem(FIELD, capitalised(titleOf(needed)) + " cannot be turned off while the trust has "
                            + m.title() + ", which needs it"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return installed.stream().map(ModuleDescriptor::name).filter(chosen::contains).toList();
    }

    /** Why this module cannot be turned off in a trust that has {@code taken}, or null if it can. */
    public String lockedReason(String module, Collection<String> taken) {
        ModuleDescriptor m = find(module);
        if (m == null) {
            return null;
        }
        if (m.essential()) {
            return "every trust has it";
        }
        List<String> needing = installed.stream().filter(o -> taken.contains(o.name()) && o.needs().contains(module))
                .map(ModuleDescriptor::title).toList();
        return needing.isEmpty() ? null : "needed by " + String.join(", ", needing);
    }

    public String titleOf(String module) {
        ModuleDescriptor m = find(module);
        return m == null ? module : m.title();
    }

    private ModuleDescriptor find(String name) {
        return installed.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
