package org.openepr.platform.export;

import java.util.List;
import org.openepr.platform.persistence.Repository;

/**
 * Keyset paging over any entity with a UUID {@code id}, for the modules' export use cases: the entities of the current
 * trust (both locks apply as for any use case), in id order, after a given id. One mechanism, so no module writes its
 * own paging queries for the export.
 */
public interface RecordPages extends Repository {

    /** Up to {@code size} entities whose id comes after {@code afterKey} (a UUID, or null for the first page), by id. */
    <T> List<T> after(Class<T> entity, String afterKey, int size);

    /** The same, narrowed by a JPQL condition on the entity (alias {@code e}), e.g. {@code "e.current = true"}. */
    <T> List<T> after(Class<T> entity, String where, String afterKey, int size);

    long count(Class<?> entity);

    long count(Class<?> entity, String where);

    /** The last key of a page, for {@link ExportPart.Exported}. */
    static String key(java.util.UUID id) {
        return id.toString();
    }
}
