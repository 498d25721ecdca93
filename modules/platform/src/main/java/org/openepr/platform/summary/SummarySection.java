package org.openepr.platform.summary;

import java.util.UUID;

/**
 * A module's section of the printed case record summary (PDF): one CDI bean per section. Printed only for callers
 * {@link #useCase()} allows, in trusts that took its module, in {@link #order()} (the same numbers as the panels).
 */
public interface SummarySection {

    String title();

    int order();

    Class<?> useCase();

    /**
     * The section for a patient of the current trust, through the module's use case (access checked, the read
     * audited), bounded like its panel. A failure here costs only this section: the summary prints the rest.
     */
    PrintedSection print(UUID patientId);
}
