package org.openepr.caserecord.domain.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.RuleRefusedException;

class ProblemTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 3);
    private static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");
    private final ProblemCode paranoid = ProblemCodes.shipped().byKey("icd10:F20.0").orElseThrow();

    private Problem diagnosis(LocalDate onset) {
        return Problem.record(UUID.randomUUID(), new Problem.Term(null, paranoid, null), onset, null, "amira", NOW, TODAY);
    }

    @Test
    void anOnsetInTheFutureIsRefused() {
        var e = assertThrows(RuleRefusedException.class, () -> diagnosis(TODAY.plusDays(1)));
        assertEquals("onset", e.problems().get(0).field());
        assertEquals(ProblemKind.DIAGNOSIS, diagnosis(TODAY).kind());
    }

    @Test
    void resolvingNeedsADateBetweenOnsetAndToday() {
        Problem p = diagnosis(TODAY.minusDays(10));
        assertThrows(RuleRefusedException.class, () -> p.resolve(TODAY.minusDays(11), "amira", NOW, TODAY));
        assertThrows(RuleRefusedException.class, () -> p.resolve(TODAY.plusDays(1), "amira", NOW, TODAY));
        p.makePrimary("amira", NOW);
        p.resolve(TODAY, "amira", NOW, TODAY);
        assertEquals(ProblemStatus.RESOLVED, p.status());
        assertFalse(p.isPrimaryDiagnosis(), "a resolved diagnosis is no longer primary");
        assertThrows(RuleRefusedException.class, () -> p.makePrimary("amira", NOW));
    }

    @Test
    void onlyADiagnosisCanBePrimaryAndFreeTextNeedsWords() {
        Problem problem = Problem.record(UUID.randomUUID(), new Problem.Term(ProblemKind.PROBLEM, null, "Hoarding"), null, null, "amira", NOW, TODAY);
        assertThrows(RuleRefusedException.class, () -> problem.makePrimary("amira", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Problem.Term(ProblemKind.PROBLEM, null, " "));
        problem.enteredInError("wrong patient", "amira", NOW);
        assertEquals(ProblemStatus.ENTERED_IN_ERROR, problem.status());
        assertTrue(problem.changeReason().contains("wrong patient"));
    }
}
