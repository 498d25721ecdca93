package org.openepr.platform.modules;

/** A link in the page header: element id, label, page path, position, and the use case it leads to. */
public record MenuEntry(String id, String label, String path, int order, Class<?> useCase) {
}
