package org.openepr.platform.modules;

import java.util.List;

/**
 * What a module adds to the product, declared once by the module (one CDI bean per module): its name as trusts
 * list it, its pages and API resource types (closed to trusts that have not taken it), and its menu entries,
 * home tiles, patient-record panels and patient-banner strips. Each entry names the use case it leads to, and is shown only to callers
 * the use case's {@code @Access} allows, so the platform never names a module or a role for one.
 */
public interface ModuleDescriptor {

    /** As trusts list it in their modules, e.g. "clinics"; {@code Access.PLATFORM} for the shell's own pages. */
    String name();

    /** In words, for refusals and the trust admin: "Clinic management". */
    String title();

    /** Servlet path prefixes of the module's pages, e.g. "/clinics/". */
    default List<String> pagePaths() {
        return List.of();
    }

    /** FHIR resource types the module serves, e.g. "Slot". */
    default List<String> fhirTypes() {
        return List.of();
    }

    default List<MenuEntry> menu() {
        return List.of();
    }

    default List<HomeTile> tiles() {
        return List.of();
    }

    default List<RecordPanel> patientPanels() {
        return List.of();
    }

    /** Lines in the patient banner, on every page that shows it. */
    default List<BannerStrip> bannerStrips() {
        return List.of();
    }

    /** A module no trust can be without (the patient index): the trust admin cannot turn it off. */
    default boolean essential() {
        return false;
    }

    /**
     * The modules this one cannot work without, by name: while a trust has this one, those cannot be turned off. Only
     * what the code truly needs: a module that reads another when the trust has it (and does without otherwise) does
     * not list it.
     */
    default List<String> needs() {
        return List.of();
    }

    /** The trust admin's settings pages of this module, listed in the settings hub while the trust has the module. */
    default List<SettingsPage> settings() {
        return List.of();
    }

    /** Behaviour that comes with a release (see releases.txt); the module asks {@code Features.isOn} before showing it. */
    default List<org.openepr.platform.releases.Feature> features() {
        return List.of();
    }
}
