package org.openepr.platform.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openepr.platform.security.Permissions;

/**
 * The case record summary's panels and printed sections the current caller may use, gathered from every module's
 * {@link SummaryPanelSource} and {@link SummarySection} beans, in order. The platform names no module.
 */
@ApplicationScoped
public class SummaryParts {

    @Inject
    Instance<SummaryPanelSource> panelSources;

    @Inject
    Instance<SummarySection> sectionSources;

    @Inject
    Permissions permissions;

    private volatile List<SummaryPanelSource> allPanels;
    private volatile List<SummarySection> allSections;

    /** The panels the caller may see, in page order. */
    public List<SummaryPanel> panels() {
        return panelSources().stream().map(SummaryPanelSource::panel).filter(p -> permissions.allows(p.useCase())).toList();
    }

    /** One panel by id, if the caller may see it. */
    public Optional<SummaryPanelSource> panel(String id) {
        return panelSources().stream().filter(s -> s.panel().id().equals(id) && permissions.allows(s.panel().useCase())).findFirst();
    }

    /** The printed sections the caller may see, in order. */
    public List<SummarySection> sections() {
        return sectionSources().stream().filter(s -> permissions.allows(s.useCase())).toList();
    }

    private List<SummaryPanelSource> panelSources() {
        List<SummaryPanelSource> known = allPanels;
        if (known == null) {
            known = panelSources.stream().sorted(Comparator.comparingInt((SummaryPanelSource s) -> s.panel().order())).toList();
            allPanels = known;
        }
        return known;
    }

    private List<SummarySection> sectionSources() {
        List<SummarySection> known = allSections;
        if (known == null) {
            known = sectionSources.stream().sorted(Comparator.comparingInt(SummarySection::order)).toList();
            allSections = known;
        }
        return known;
    }
}
