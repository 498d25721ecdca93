package org.openepr.patients.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openepr.patients.domain.NhsNumberChangers;

class PatientIndexSettingRulesTest {

    @Test
    void whoMayChangeAnNhsNumberIsCheckedAsThePageChecksIt() {
        var rules = new PatientIndexSettingRules();
        assertEquals(Optional.empty(), rules.problem(NhsNumberChangers.SETTING, "clinician,clerk"));
        assertTrue(rules.problem(NhsNumberChangers.SETTING, "hosting-operator").isPresent(), "a role that may not");
        assertTrue(rules.problem(NhsNumberChangers.SETTING, " , ").isPresent(), "nobody: a wrong number could never be corrected");
    }
}
