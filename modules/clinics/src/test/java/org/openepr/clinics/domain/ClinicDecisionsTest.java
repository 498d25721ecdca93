package org.openepr.clinics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClinicDecisionsTest {

    @Test
    void untilTheTrustDecides_anotherAppointmentAndAnEightOClockGrid() {
        assertEquals(NextStep.OFFER_ANOTHER, ClinicDecisions.dnaNextStep(Optional.empty()));
        assertEquals(LocalTime.of(8, 0), ClinicDecisions.scheduleDayStarts(Optional.empty()));
        assertEquals(NextStep.DISCHARGE_TO_REFERRER, ClinicDecisions.dnaNextStep(Optional.of("DISCHARGE_TO_REFERRER")));
        assertEquals(LocalTime.of(7, 0), ClinicDecisions.scheduleDayStarts(Optional.of("07:00")));
    }

    @Test
    void theAdminsChoicesAreCheckedNamingTheField() {
        assertEquals(NextStep.DISCHARGE_TO_REFERRER, ClinicDecisions.afterDna("discharge to referrer"));
        assertEquals("dnaDecision", assertThrows(BookingRuleException.class, () -> ClinicDecisions.afterDna("FOLLOW_UP")).field());
        assertEquals("dnaDecision", assertThrows(BookingRuleException.class, () -> ClinicDecisions.afterDna("")).field());
        assertEquals(LocalTime.of(12, 0), ClinicDecisions.scheduleDayStarts(" 12:00 "));
        assertEquals("scheduleDayStarts", assertThrows(BookingRuleException.class, () -> ClinicDecisions.scheduleDayStarts("07:30")).field());
        assertEquals("scheduleDayStarts", assertThrows(BookingRuleException.class, () -> ClinicDecisions.scheduleDayStarts("13:00")).field());
        assertEquals("scheduleDayStarts", assertThrows(BookingRuleException.class, () -> ClinicDecisions.scheduleDayStarts("seven")).field());
        assertThrows(IllegalStateException.class, () -> ClinicDecisions.dnaNextStep(Optional.of("FOLLOW_UP")), "a stored decision that cannot be");
    }
}
