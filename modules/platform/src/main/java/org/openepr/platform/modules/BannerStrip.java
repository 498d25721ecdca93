package org.openepr.platform.modules;

/**
 * A line a module adds to the patient banner on every patient page (alerts and risks, legal status...), so the
 * patient index shows it without knowing the module. The Facelet sees the banner's patient as the EL variable
 * {@code bannerPatient} (anything with {@code id()}); it should load its data with one bounded query, once per request.
 * Shown only to callers the use case's {@code @Access} allows, in trusts that took the module.
 */
public record BannerStrip(String view, int order, Class<?> useCase) {
}
