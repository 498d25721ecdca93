package org.openepr.discharge.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DischargeSettingRulesTest {

    final DischargeSettingRules rules = new DischargeSettingRules();

    @Test
    void valuesThePagesWouldSaveAreRead() {
        assertEquals(Optional.empty(), rules.problem("summary.signers", "clinician,prescriber"));
        assertEquals(Optional.empty(), rules.problem("summary.maxHoursToSign", "36"));
        assertEquals(Optional.empty(), rules.problem("unacknowledgedHours", "72"));
        assertEquals(Optional.empty(), rules.problem("a.setting.of.a.later.release", "anything"), "not this module's to judge");
    }

    @Test
    void valuesThePagesWouldRefuseAreNamed() {
        assertTrue(rules.problem("summary.signers", "pharmacist").orElseThrow().contains("cannot sign"));
        assertTrue(rules.problem("summary.signers", "").isPresent(), "nobody may sign");
        assertTrue(rules.problem("summary.maxHoursToSign", "soon").isPresent());
        assertTrue(rules.problem("summary.maxHoursToSign", "100000").isPresent());
        assertTrue(rules.problem("unacknowledgedHours", "-1").isPresent());
    }
}
