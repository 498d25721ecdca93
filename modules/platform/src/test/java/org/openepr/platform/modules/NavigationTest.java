package org.openepr.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NavigationTest {

    static final MenuEntry SEARCH = new MenuEntry("navSearch", "Find a patient", "/patients/search.xhtml", 10, Object.class)
            .alsoCurrentOn("/patients/banner.xhtml");
    static final MenuEntry REGISTER = new MenuEntry("navRegister", "Register", "/patients/register.xhtml", 11, Object.class);
    static final MenuEntry CASELOAD = new MenuEntry("navMyCaseload", "My caseload", "/caserecord/my-caseload.xhtml", 20, Object.class);
    static final MenuEntry SETUP = new MenuEntry("navClinicSetup", "Clinic set-up", "/clinics/admin/setup.xhtml", 91, Object.class)
            .alsoCurrentOn("/clinics/");
    static final MenuEntry DNA = new MenuEntry("navDna", "Did not attend", "/clinics/admin/dna.xhtml", 92, Object.class)
            .alsoCurrentOn("/clinics/admin/");
    static final List<MenuEntry> MENU = List.of(SEARCH, REGISTER, CASELOAD, SETUP, DNA);

    @Test
    void theEntryWhosePageIsOpenIsCurrent() {
        assertEquals(Optional.of(CASELOAD), Navigation.current(MENU, "/caserecord/my-caseload.xhtml"));
        assertEquals(Optional.of(REGISTER), Navigation.current(MENU, "/patients/register.xhtml"));
        assertEquals(Optional.of(SETUP), Navigation.current(MENU, "/clinics/admin/setup.xhtml"), "its own page before any prefix");
    }

    @Test
    void aPageInTheSameFolderIsNotUnderAnEntryUnlessTheEntryNamesIt() {
        assertEquals(Optional.empty(), Navigation.current(MENU, "/caserecord/summary.xhtml"), "a patient's summary is not 'My caseload'");
        assertEquals(Optional.empty(), Navigation.current(MENU, "/caserecord/problems.xhtml"));
        assertEquals(Optional.of(SEARCH), Navigation.current(MENU, "/patients/banner.xhtml"), "the patient found is under the search");
        assertEquals(Optional.empty(), Navigation.current(MENU, "/patients/admin/settings.xhtml"));
        assertEquals(Optional.empty(), Navigation.current(MENU, null));
    }

    @Test
    void theLongestNamedPrefixIsTheBestMatch() {
        assertEquals(Optional.of(DNA), Navigation.current(MENU, "/clinics/admin/other.xhtml"));
        assertEquals(Optional.of(SETUP), Navigation.current(MENU, "/clinics/day.xhtml"));
    }
}
