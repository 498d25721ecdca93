package org.openepr.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.security.Access;

class ModuleChoiceTest {

    record Described(String name, String title, boolean essential, List<String> needs) implements ModuleDescriptor {
    }

    private final ModuleChoice choice = new ModuleChoice(List.of(
            new Described(Access.PLATFORM, "Trust administration", false, List.of()),
            new Described("clinics", "clinic management", false, List.of("index")),
            new Described("index", "the patient index", true, List.of()),
            new Described("letters", "letters", false, List.of("clinics")),
            new Described("notes", "the case record", false, List.of("index"))));

    @Test
    void theShellIsNotAModuleToChooseAndTheChosenComeBackEssentialFirstThenByName() {
        assertEquals(List.of("index", "clinics", "letters", "notes"), choice.choosable().stream().map(ModuleDescriptor::name).toList());
        assertEquals(List.of("index", "clinics", "notes"), choice.check(List.of("notes", " clinics", "index", "notes")));
    }

    @Test
    void anEssentialModuleCannotBeTurnedOff() {
        var refused = assertThrows(InvalidInputException.class, () -> choice.check(List.of("notes")));
        assertEquals(List.of(new FieldProblem("modules", "The patient index cannot be turned off: every trust has it"),
                new FieldProblem("modules", "The patient index cannot be turned off while the trust has the case record, which needs it")),
                refused.problems());
    }

    @Test
    void aModuleAnotherKeptModuleNeedsCannotBeTurnedOffButBothMayGoTogether() {
        var refused = assertThrows(InvalidInputException.class, () -> choice.check(List.of("index", "letters")));
        assertEquals(List.of(new FieldProblem("modules", "Clinic management cannot be turned off while the trust has letters, which needs it")),
                refused.problems());
        assertEquals(List.of("index"), choice.check(List.of("index")));
    }

    @Test
    void unknownModulesAreNamed() {
        var refused = assertThrows(InvalidInputException.class, () -> choice.check(List.of("index", "platform", "radiology")));
        assertEquals(List.of("Unknown module: platform", "Unknown module: radiology"), refused.problems().stream().map(FieldProblem::message).toList());
    }

    @Test
    void theFormSaysWhyABoxIsGreyed() {
        assertEquals("every trust has it", choice.lockedReason("index", List.of("index")));
        assertEquals("needed by letters", choice.lockedReason("clinics", List.of("index", "clinics", "letters")));
        assertNull(choice.lockedReason("clinics", List.of("index", "clinics")), "nothing taken needs it");
        assertNull(choice.lockedReason("letters", List.of("index", "clinics", "letters")));
    }
}
