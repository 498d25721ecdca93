package org.openepr.platform.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Old id → new id per resource type, for one import job: how a reference from one module to another's record
 * ({@code Appointment.participant → Patient/<old>}) is pointed at the record the import made. A reference to a type
 * that was imported but is not in the map is a broken export, and the import stops rather than dropping it. A batch
 * writes into a map of its own ({@link #batch()}), merged into the job's once the batch's transaction has committed.
 */
public final class IdMap {

    /** One id mapped. */
    public record Entry(String resourceType, String oldId, String newId) {
    }

    private final IdMap parent;
    private final Map<String, Map<String, String>> byType = new HashMap<>();
    private final List<Entry> added = new ArrayList<>();

    public IdMap() {
        this(null);
    }

    private IdMap(IdMap parent) {
        this.parent = parent;
    }

    /** A map for one batch: reads through to this one; its entries are this one's after {@link #merge}. */
    public IdMap batch() {
        return new IdMap(this);
    }

    public void merge(IdMap batch) {
        batch.added.forEach(e -> put(e.resourceType(), e.oldId(), e.newId()));
    }

    public void put(String resourceType, String oldId, String newId) {
        String before = find(resourceType, oldId).orElse(null);
        if (before != null) {
            if (!before.equals(newId)) {
                throw new IllegalStateException(resourceType + "/" + oldId + " was imported twice");
            }
            return;
        }
        byType.computeIfAbsent(resourceType, t -> new HashMap<>()).put(oldId, newId);
        added.add(new Entry(resourceType, oldId, newId));
    }

    public Optional<String> find(String resourceType, String oldId) {
        String here = byType.getOrDefault(resourceType, Map.of()).get(oldId);
        return here != null || parent == null ? Optional.ofNullable(here) : parent.find(resourceType, oldId);
    }

    /** The new id of a record of whatever type (ids are UUIDs: one old id names one record). */
    public Optional<String> findAnyType(String oldId) {
        for (Map<String, String> ofType : byType.values()) {
            String here = ofType.get(oldId);
            if (here != null) {
                return Optional.of(here);
            }
        }
        return parent == null ? Optional.empty() : parent.findAnyType(oldId);
    }

    /** The text with every id the import mapped replaced by its new id (an audit line's detail names records by id). */
    public String remapIds(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = UUID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, findAnyType(m.group()).orElse(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern UUID =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The new id of a record the import made; refuses one it cannot map. */
    public String require(String resourceType, String oldId) {
        return find(resourceType, oldId).orElseThrow(() -> new IllegalStateException(
                "The export refers to " + resourceType + "/" + oldId + ", which is not in it"));
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
        return type + "/" + require(type, id);
    }

    /** The entries put into this map itself (a batch's, to save with it). */
    public List<Entry> added() {
        return List.copyOf(added);
    }

    public int size(String resourceType) {
        return byType.getOrDefault(resourceType, Map.of()).size();
    }
}
