package org.openepr.platform.modules;

import java.util.List;
import java.util.stream.Stream;

/**
 * A link in the page header: element id, label, page path, position, and the use case it leads to. The entry is
 * shown as the current page on its own page, and on the pages it names in {@code alsoCurrentOn} (path prefixes of
 * pages reached from it, e.g. a worklist's review page): never for a whole module's folder, whose other pages (a
 * patient's summary beside "My caseload") are not under it.
 */
public record MenuEntry(String id, String label, String path, int order, Class<?> useCase, List<String> alsoCurrentOn) {

    public MenuEntry {
        alsoCurrentOn = List.copyOf(alsoCurrentOn);
    }

    public MenuEntry(String id, String label, String path, int order, Class<?> useCase) {
        this(id, label, path, order, useCase, List.of());
    }

    /** The same entry, also current on the pages under these path prefixes ("/clinics/admin/"). */
    public MenuEntry alsoCurrentOn(String... pathPrefixes) {
        return new MenuEntry(id, label, path, order, useCase, Stream.concat(alsoCurrentOn.stream(), Stream.of(pathPrefixes)).toList());
    }
}
