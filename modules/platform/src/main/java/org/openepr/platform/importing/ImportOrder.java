package org.openepr.platform.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order parts load in: a part after every part holding a type it needs first (patients, then clinics, medicines,
 * the case record, discharge), ties by module name so the order is the same on every run (a resumed job goes on in
 * the order it began). A need nobody provides, or a cycle, is a programming error found at start, not mid-import.
 */
public final class ImportOrder {

    private ImportOrder() {
    }

    public static List<ImportPart> of(List<ImportPart> parts) {
        Map<String, ImportPart> byType = new LinkedHashMap<>();
        for (ImportPart p : parts) {
            for (String type : p.resourceTypes()) {
                if (byType.put(type, p) != null) {
                    throw new IllegalStateException("Two import parts read " + type);
                }
            }
        }
        List<ImportPart> pending = new ArrayList<>(parts);
        pending.sort(Comparator.comparing(ImportPart::module));
        List<ImportPart> ordered = new ArrayList<>();
        Set<String> loaded = new HashSet<>();
        while (!pending.isEmpty()) {
            ImportPart next = pending.stream().filter(p -> p.needsFirst().stream().allMatch(t -> {
                if (!byType.containsKey(t)) {
                    throw new IllegalStateException(p.module() + " needs " + t + " first, which no import part reads");
                }
                return loaded.contains(t) || byType.get(t) == p;
            })).findFirst().orElseThrow(() -> new IllegalStateException(
                    "Import parts need each other's types first: " + pending.stream().map(ImportPart::module).toList()));
            pending.remove(next);
            ordered.add(next);
            loaded.addAll(next.resourceTypes());
        }
        return List.copyOf(ordered);
    }
}
