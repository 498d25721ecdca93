package org.openepr.platform.modules;

/**
 * A section a module adds to the patient's page (appointments, medicines...), so the patient index shows it
 * without knowing the module. The Facelet gets the patient as the EL variable {@code patient}.
 */
public record RecordPanel(String view, int order, Class<?> useCase) {
}
