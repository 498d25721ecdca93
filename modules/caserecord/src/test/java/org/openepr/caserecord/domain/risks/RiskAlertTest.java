package org.openepr.caserecord.domain.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.RuleRefusedException;

class RiskAlertTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 3);
    private static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");

    private RiskAlert alert(LocalDate review) {
        return RiskAlert.record(UUID.randomUUID(), RiskCategory.RISK_TO_SELF, RiskSeverity.HIGH, "Overdose in January", review, "amira", NOW, TODAY);
    }

    @Test
    void overdueTheDayAfterItsReviewDateUntilReviewed() {
        RiskAlert a = alert(TODAY.plusDays(7));
        assertFalse(a.isReviewOverdue(TODAY.plusDays(7)));
        assertTrue(a.isReviewOverdue(TODAY.plusDays(8)));
        a.review(TODAY.plusDays(40), RiskSeverity.MEDIUM, "ben", NOW.plusSeconds(8 * 86400), TODAY.plusDays(8));
        assertFalse(a.isReviewOverdue(TODAY.plusDays(8)));
        assertEquals(RiskSeverity.MEDIUM, a.severity());
        assertEquals("ben", a.reviewedBy());
    }

    @Test
    void reviewDatesInThePastOrBeyondAYearAreRefused() {
        assertThrows(RuleRefusedException.class, () -> alert(TODAY.minusDays(1)));
        assertThrows(RuleRefusedException.class, () -> alert(TODAY.plusDays(367)));
        RiskAlert a = alert(TODAY);
        assertThrows(RuleRefusedException.class, () -> a.review(TODAY, null, "ben", NOW, TODAY), "the next review must be after today");
    }

    @Test
    void anEndedAlertIsKeptAndCannotBeReviewed() {
        RiskAlert a = alert(TODAY.plusDays(7));
        a.end("No longer applies: moved to supported housing", "amira", NOW);
        assertFalse(a.isActive());
        assertFalse(a.isReviewOverdue(TODAY.plusDays(30)), "an ended alert is never overdue");
        assertThrows(RuleRefusedException.class, () -> a.review(TODAY.plusDays(9), null, "ben", NOW, TODAY));
    }
}
