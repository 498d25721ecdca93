package org.openepr.platform.summary;

/**
 * A panel of the summary that is also printed (the usual case): the printed section takes its title, order and use
 * case from the panel, so a module writes them once.
 */
public interface SummaryPart extends SummaryPanelSource, SummarySection {

    @Override
    default String title() {
        return panel().title();
    }

    @Override
    default int order() {
        return panel().order();
    }

    @Override
    default Class<?> useCase() {
        return panel().useCase();
    }
}
