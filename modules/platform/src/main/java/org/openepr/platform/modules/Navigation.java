package org.openepr.platform.modules;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    private List<SettingsPage> settings;
    private MenuEntry current;
    private boolean currentKnown;

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

    /** The settings hub: every settings page of the trust's modules (and the shell's own) the caller may use. */
    public List<SettingsPage> getSettings() {
        if (settings == null) {
            settings = modules.all().stream().flatMap(m -> m.settings().stream()).filter(p -> permissions.allows(p.useCase()))
                    .sorted(Comparator.comparingInt(SettingsPage::order)).toList();
        }
        return settings;
    }

    /** Is this the menu entry of the page being shown? The template marks it aria-current="page". */
    public boolean isCurrent(MenuEntry entry) {
        if (!currentKnown) {
            current = current(getMenu(), request.getServletPath()).orElse(null);
            currentKnown = true;
        }
        return entry.equals(current);
    }

    /**
     * The entry whose page is open; else the one that names the page among those reached from it (the longest
     * matching prefix of {@code alsoCurrentOn}); else none: a page no entry leads to (a patient's summary, reached
     * from the patient) marks none, rather than whichever entry happens to share its folder.
     */
    static Optional<MenuEntry> current(List<MenuEntry> menu, String path) {
        if (path == null) {
            return Optional.empty();
        }
        Optional<MenuEntry> own = menu.stream().filter(e -> e.path().equals(path)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        MenuEntry best = null;
        int longest = 0;
        for (MenuEntry e : menu) {
            for (String prefix : e.alsoCurrentOn()) {
                if (path.startsWith(prefix) && prefix.length() > longest) {
                    best = e;
                    longest = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** For a screen's own buttons: may the caller use this use case? */
    public boolean allows(Class<?> useCase) {
        return permissions.allows(useCase);
    }
}
