package org.openepr.medicines.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MedicinesSettingRulesTest {

    @Test
    void theKnowledgeBasesMaximumAgeIsCheckedAsTheFormularyPageChecksIt() {
        var rules = new MedicinesSettingRules();
        assertEquals(Optional.empty(), rules.problem(ScreeningContext.MAX_KB_AGE_DAYS, "90"));
        assertTrue(rules.problem(ScreeningContext.MAX_KB_AGE_DAYS, "ninety").orElseThrow().contains("whole number"));
        assertTrue(rules.problem(ScreeningContext.MAX_KB_AGE_DAYS, "5").orElseThrow().contains("between 30 and 1000"));
    }
}
