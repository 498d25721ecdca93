package org.openepr.platform.modules;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.openepr.platform.security.Permissions;

/** The menu, home tiles, patient-record panels and banner strips the current caller may use, gathered from every module. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    Modules modules;

    @Inject
    Permissions permissions;

    @Inject
    HttpServletRequest request;

    private List<MenuEntry> menu;
    private List<HomeTile> tiles;
    private List<RecordPanel> panels;
    private List<BannerStrip> strips;

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

    public List<BannerStrip> getBannerStrips() {
        if (strips == null) {
            strips = modules.all().stream().flatMap(m -> m.bannerStrips().stream()).filter(s -> permissions.allows(s.useCase()))
                    .sorted(Comparator.comparingInt(BannerStrip::order)).toList();
        }
        return strips;
    }

    /**
     * Is this the menu entry of the page being shown (its own page, else the entry in the same folder: a patient's
     * banner page is under "Search")? The template marks it aria-current="page".
     */
    public boolean isCurrent(MenuEntry entry) {
        String path = request.getServletPath();
        List<MenuEntry> all = getMenu();
        if (all.stream().anyMatch(e -> e.path().equals(path))) {
            return entry.path().equals(path);
        }
        MenuEntry sameFolder = all.stream().filter(e -> path.startsWith(folder(e.path()))).max(Comparator.comparingInt(e -> folder(e.path()).length()))
                .orElse(null);
        return sameFolder == entry && folder(entry.path()).length() > 1;
    }

    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** For a screen's own buttons: may the caller use this use case? */
    public boolean allows(Class<?> useCase) {
        return permissions.allows(useCase);
    }
}
