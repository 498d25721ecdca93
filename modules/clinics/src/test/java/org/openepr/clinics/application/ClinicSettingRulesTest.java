package org.openepr.clinics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openepr.clinics.domain.ClinicDecisions;

class ClinicSettingRulesTest {

    final ClinicSettingRules rules = new ClinicSettingRules();

    @Test
    void theClinicSetUpPagesChecksApply() {
        assertEquals(Optional.empty(), rules.problem(ClinicDecisions.SCHEDULE_DAY_STARTS, "07:00"));
        assertTrue(rules.problem(ClinicDecisions.SCHEDULE_DAY_STARTS, "early").isPresent());
        assertTrue(rules.problem(ClinicDecisions.DNA_NEXT_STEP, "NOT_A_STEP").isPresent());
    }
}
