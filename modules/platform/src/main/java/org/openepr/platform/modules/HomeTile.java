package org.openepr.platform.modules;

/** A tile on the home page: element id, title, one line of explanation, page path, position, and its use case. */
public record HomeTile(String id, String title, String text, String path, int order, Class<?> useCase) {
}
