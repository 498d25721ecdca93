package org.openepr.platform.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Old id → new id per resource type, for one import job: how a reference from one module to another's record
 * ({@code Appointment.participant → Patient/<old>}) is pointed at the record the import made. A reference to a type
 * that was imported but is not in the map is a broken export, and the import stops rather than dropping it.
 */
public final class IdMap {

    private final Map<String, Map<String, String>> byType = new HashMap<>();

    public void put(String resourceType, String oldId, String newId) {
        String before = byType.computeIfAbsent(resourceType, t -> new HashMap<>()).putIfAbsent(oldId, newId);
        if (before != null && !before.equals(newId)) {
            throw new IllegalStateException(resourceType + "/" + oldId + " was imported twice");
        }
    }

    public Optional<String> find(String resourceType, String oldId) {
        return Optional.ofNullable(byType.getOrDefault(resourceType, Map.of()).get(oldId));
    }

    /** The new reference for an old one ({@code "Patient/12"} → {@code "Patient/40"}); refuses one it cannot map. */
    public String reference(String oldReference) {
        int slash = oldReference.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("Not a relative reference: " + oldReference);
        }
        String type = oldReference.substring(0, slash);
        String rest = oldReference.substring(slash + 1);
        int history = rest.indexOf("/_history/");
        String id = history < 0 ? rest : rest.substring(0, history);
        String newId = find(type, id).orElseThrow(() -> new IllegalStateException(
                "The export refers to " + type + "/" + id + ", which is not in it"));
        return type + "/" + newId;
    }

    public int size(String resourceType) {
        return byType.getOrDefault(resourceType, Map.of()).size();
    }
}
