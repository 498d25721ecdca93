package org.openepr.discharge.domain.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.RuleRefusedException;

class AdmissionTest {

    static final Instant ADMITTED = Instant.parse("2027-03-01T10:00:00Z");
    static final Instant NOW = Instant.parse("2027-03-03T10:00:00Z");
    final Ward willow = new Ward(UUID.randomUUID(), "Willow ward");
    final Ward oak = new Ward(UUID.randomUUID(), "Oak ward");

    Admission admitted() {
        return Admission.admit(UUID.randomUUID(), UUID.randomUUID(), willow, ADMITTED, "dr.rc", LegalStatusClassification.SECTION_2, "nurse", NOW);
    }

    static String field(RuleRefusedException e) {
        return e.problems().get(0).field();
    }

    @Test
    void anAdmissionStartsOnItsWardUnderItsClinician() {
        Admission a = admitted();
        assertEquals("Willow ward", a.episode().place());
        assertEquals(ADMITTED, a.currentStay().from());
        assertTrue(a.currentStay().isCurrent());
        assertEquals(EpisodeKind.INPATIENT, a.episode().kind());
    }

    @Test
    void noAdmissionInTheFutureNorToAClosedWard() {
        var future = assertThrows(RuleRefusedException.class, () -> Admission.admit(UUID.randomUUID(), UUID.randomUUID(), willow,
                NOW.plusSeconds(60), "dr.rc", LegalStatusClassification.INFORMAL, "nurse", NOW));
        assertEquals("admittedOn", field(future));
        oak.close();
        var closed = assertThrows(RuleRefusedException.class, () -> Admission.admit(UUID.randomUUID(), UUID.randomUUID(), oak, ADMITTED,
                "dr.rc", LegalStatusClassification.INFORMAL, "nurse", NOW));
        assertEquals("ward", field(closed));
        assertTrue(closed.getMessage().contains("Oak ward is closed"), closed.getMessage());
    }

    @Test
    void aTransferEndsOneStayAndStartsTheNext() {
        Admission a = admitted();
        Instant moved = ADMITTED.plus(Duration.ofDays(1));
        WardStay next = a.transfer(UUID.randomUUID(), oak, moved, "dr.oak", "nurse", NOW);
        assertEquals(2, a.stays().size());
        assertEquals(moved, a.stays().get(0).to());
        assertEquals(next, a.currentStay());
        assertEquals("Oak ward", a.episode().place());
        assertEquals("dr.oak", a.episode().responsibleClinician());
    }

    @Test
    void aTransferToTheSameWardIsRefusedNamingTheWard() {
        var e = assertThrows(RuleRefusedException.class, () -> admitted().transfer(UUID.randomUUID(), willow, NOW, "dr.rc", "nurse", NOW));
        assertEquals("ward", field(e));
        assertEquals("The patient is already on Willow ward: choose another ward", e.problems().get(0).message());
    }

    @Test
    void aTransferBeforeArrivingOrInTheFutureIsRefused() {
        assertEquals("transferredOn", field(assertThrows(RuleRefusedException.class,
                () -> admitted().transfer(UUID.randomUUID(), oak, ADMITTED.minusSeconds(1), "dr.rc", "nurse", NOW))));
        assertEquals("transferredOn", field(assertThrows(RuleRefusedException.class,
                () -> admitted().transfer(UUID.randomUUID(), oak, NOW.plusSeconds(60), "dr.rc", "nurse", NOW))));
    }

    @Test
    void dischargeBeforeTheAdmissionIsRefusedNamingTheAdmission() {
        var e = assertThrows(RuleRefusedException.class, () -> admitted().discharge(ADMITTED.minusSeconds(3600), LegalStatusClassification.INFORMAL,
                "dr.rc", NOW));
        assertEquals("dischargedOn", field(e));
        assertEquals("Discharge cannot be before the admission (01-Mar-2027 10:00)", e.problems().get(0).message());
    }

    @Test
    void dischargeBeforeTheLastMoveOrInTheFutureIsRefused() {
        Admission a = admitted();
        a.transfer(UUID.randomUUID(), oak, ADMITTED.plus(Duration.ofDays(1)), "dr.oak", "nurse", NOW);
        var e = assertThrows(RuleRefusedException.class, () -> a.discharge(ADMITTED.plusSeconds(60), LegalStatusClassification.INFORMAL, "dr", NOW));
        assertTrue(e.getMessage().contains("before the move to Oak ward"), e.getMessage());
        assertEquals("dischargedOn", field(assertThrows(RuleRefusedException.class,
                () -> a.discharge(NOW.plusSeconds(1), LegalStatusClassification.INFORMAL, "dr", NOW))));
    }

    @Test
    void aDischargeEndsTheStayAndTheLeaveStillOpenAndNothingChangesAfterIt() {
        Admission a = admitted();
        a.startLeave(UUID.randomUUID(), LeaveKind.SECTION_17, ADMITTED.plus(Duration.ofDays(1)), null, "nurse", NOW);
        a.discharge(NOW, LegalStatusClassification.INFORMAL, "dr.rc", NOW);
        assertFalse(a.episode().isOpen());
        assertEquals(NOW, a.currentStay().to());
        assertEquals(NOW, a.leaves().get(0).endedAt(), "discharged from leave");
        assertEquals(LegalStatusClassification.INFORMAL, a.episode().legalStatusAtEnd());
        var again = assertThrows(RuleRefusedException.class, () -> a.discharge(NOW, LegalStatusClassification.INFORMAL, "dr.rc", NOW));
        assertTrue(again.getMessage().contains("ended on 03-Mar-2027 10:00"), again.getMessage());
        assertEquals("ward", field(assertThrows(RuleRefusedException.class, () -> a.transfer(UUID.randomUUID(), oak, NOW, "dr", "n", NOW))));
        assertEquals("leaveStart", field(assertThrows(RuleRefusedException.class,
                () -> a.startLeave(UUID.randomUUID(), LeaveKind.AGREED, NOW, null, "n", NOW))));
    }

    @Test
    void leaveOutsideTheAdmissionIsRefused() {
        Admission a = admitted();
        var before = assertThrows(RuleRefusedException.class, () -> a.startLeave(UUID.randomUUID(), LeaveKind.SECTION_17,
                ADMITTED.minusSeconds(60), null, "nurse", NOW));
        assertEquals("leaveStart", field(before));
        assertEquals("Leave cannot start before the admission (01-Mar-2027 10:00)", before.problems().get(0).message());
        assertEquals("leaveStart", field(assertThrows(RuleRefusedException.class,
                () -> a.startLeave(UUID.randomUUID(), LeaveKind.SECTION_17, NOW.plusSeconds(60), null, "nurse", NOW))));
        assertEquals("dueBack", field(assertThrows(RuleRefusedException.class,
                () -> a.startLeave(UUID.randomUUID(), LeaveKind.SECTION_17, NOW, NOW.minusSeconds(60), "nurse", NOW))));
    }

    @Test
    void leaveDoesNotOverlapAndTheReturnFollowsItsStart() {
        Admission a = admitted();
        Instant out = ADMITTED.plus(Duration.ofHours(24));
        a.startLeave(UUID.randomUUID(), LeaveKind.SECTION_17, out, out.plus(Duration.ofHours(4)), "nurse", NOW);
        assertEquals("leaveStart", field(assertThrows(RuleRefusedException.class,
                () -> a.startLeave(UUID.randomUUID(), LeaveKind.SECTION_17, out.plusSeconds(60), null, "nurse", NOW))), "already away");
        assertEquals("leaveEnd", field(assertThrows(RuleRefusedException.class, () -> a.endLeave(out.minusSeconds(1), "nurse", NOW))));
        a.endLeave(out.plus(Duration.ofHours(3)), "nurse", NOW);
        var overlap = assertThrows(RuleRefusedException.class,
                () -> a.startLeave(UUID.randomUUID(), LeaveKind.AGREED, out.plus(Duration.ofHours(1)), null, "nurse", NOW));
        assertTrue(overlap.getMessage().contains("overlaps the leave"), overlap.getMessage());
        assertEquals("leaveEnd", field(assertThrows(RuleRefusedException.class, () -> a.endLeave(NOW, "nurse", NOW))), "not on leave");
        var beforeReturn = assertThrows(RuleRefusedException.class, () -> a.discharge(out.plus(Duration.ofHours(2)),
                LegalStatusClassification.INFORMAL, "dr", NOW));
        assertTrue(beforeReturn.getMessage().contains("the return from leave"), beforeReturn.getMessage());
    }

    @Test
    void overdueBackOnlyWhileAwayPastTheTimeDue() {
        Admission a = admitted();
        Instant out = ADMITTED.plus(Duration.ofHours(24));
        LeaveOfAbsence leave = a.startLeave(UUID.randomUUID(), LeaveKind.SECTION_17, out, out.plus(Duration.ofHours(4)), "nurse", NOW);
        assertFalse(leave.isOverdue(out.plus(Duration.ofHours(3))));
        assertTrue(leave.isOverdue(out.plus(Duration.ofHours(5))));
        a.endLeave(out.plus(Duration.ofHours(6)), "nurse", NOW);
        assertFalse(leave.isOverdue(NOW));
    }
}
