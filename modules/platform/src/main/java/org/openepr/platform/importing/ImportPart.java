package org.openepr.platform.importing;

import java.util.List;
import java.util.Set;

/**
 * A module's part of loading a whole-trust export into an empty trust: the import side of its
 * {@link org.openepr.platform.export.ExportPart}. It reads the NDJSON its export wrote, one bounded batch at a time,
 * and writes each resource through its own module's code inside the target trust (as the trust's background worker,
 * row-level security applying), one transaction per batch. Ids may change: each new record's id goes into the job's
 * {@link IdMap}, and references to another module's records are looked up there ({@code Patient/<old>} →
 * {@code Patient/<new>}), so a part declares the types it needs loaded first.
 */
public interface ImportPart {

    /** The module whose data this is, as trusts list it. */
    String module();

    /** The resource types this part reads, one NDJSON file each, in this order. */
    List<String> resourceTypes();

    /** Types of other parts whose ids this part's references need (e.g. clinics need {@code Patient}). */
    Set<String> needsFirst();

    /**
     * Writes one batch of one type's resources (NDJSON lines, in file order) into the current trust in one
     * transaction, and records each new id in {@code ids}. Returns how many records were written.
     */
    int load(String resourceType, List<String> lines, IdMap ids);

    /**
     * Checks a type's file before the job is made, so a refusal writes nothing (a part whose files are small, as the
     * trust's logo is, checks them whole here; the others check each batch as it loads). Throws the refusal.
     */
    default void checkBeforeLoading(String resourceType, java.nio.file.Path file) {
    }
}
