package org.openepr.platform.modules;

/**
 * A trust admin's settings page a module contributes to the settings hub: element id, title, one line saying what it
 * decides, page path, position, and the use case behind it (shown only to callers it allows, like a menu entry).
 */
public record SettingsPage(String id, String title, String text, String path, int order, Class<?> useCase) {
}
