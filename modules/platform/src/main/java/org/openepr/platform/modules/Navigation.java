package org.openepr.platform.modules;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.openepr.platform.security.Permissions;

/** The menu, home tiles and patient-record panels the current caller may use, gathered from every module. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    Modules modules;

    @Inject
    Permissions permissions;

    private List<MenuEntry> menu;
    private List<HomeTile> tiles;
    private List<RecordPanel> panels;

    public List<MenuEntry> getMenu() {
        if (menu == null) {
            menu = modules.all().stream().flatMap(m -> m.menu().stream()).filter(e -> permissions.allows(e.useCase()))
                    .sorted(Comparator.comparingInt(MenuEntry::order)).toList();
        }
        return menu;
    }

    public List<HomeTile> getTiles() {
        if (tiles == null) {
            tiles = modules.all().stream().flatMap(m -> m.tiles().stream()).filter(t -> permissions.allows(t.useCase()))
                    .sorted(Comparator.comparingInt(HomeTile::order)).toList();
        }
        return tiles;
    }

    public List<RecordPanel> getPatientPanels() {
        if (panels == null) {
            panels = modules.all().stream().flatMap(m -> m.patientPanels().stream()).filter(p -> permissions.allows(p.useCase()))
                    .sorted(Comparator.comparingInt(RecordPanel::order)).toList();
        }
        return panels;
    }

    /** For a screen's own buttons: may the caller use this use case? */
    public boolean allows(Class<?> useCase) {
        return permissions.allows(useCase);
    }
}
