package org.openepr.platform.summary;

/**
 * A panel a module adds to the case record summary, without the summary knowing the module.
 *
 * @param id      short, unique across modules, used in the panel's address and element ids ("medicines")
 * @param title   the panel's heading ("Current medicines")
 * @param view    the Facelet that shows the panel's data; it gets the loaded {@link Snapshot} as the EL variable
 *                {@code data} and the patient's id as {@code patientId}
 * @param order   position on the page (the order: problems 10, medicines 20, risks 30, care team 40, notes 50,
 *                appointments 60, observations 70)
 * @param useCase the use case the panel reads through: the panel is offered only to callers it allows, in trusts that
 *                took its module
 */
public record SummaryPanel(String id, String title, String view, int order, Class<?> useCase) {
}
