package org.openepr.platform.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    static PersistenceException wrapped(SQLException e) {
        return new PersistenceException("flush failed", new RuntimeException("driver", e));
    }

    @Test
    void onlyTheNamedConstraintIsRecognised() {
        var duplicate = wrapped(new SQLException("ERROR: duplicate key value violates unique constraint \"patient_nhs_number_unique_in_trust\"", "23505"));
        assertTrue(Failures.violated(duplicate, "patient_nhs_number_unique_in_trust"));
        assertFalse(Failures.violated(duplicate, "patient_pkey"), "another unique key is not this one");
        var check = wrapped(new SQLException("ERROR: new row violates check constraint \"slot_not_overbooked\"", "23514"));
        assertTrue(Failures.violated(check, "slot_not_overbooked"));
        var other = wrapped(new SQLException("ERROR: value too long for type character varying(6)", "22001"));
        assertFalse(Failures.violated(other, "patient_nhs_number_unique_in_trust"), "a different failure is not masked as a duplicate");
        assertTrue(Failures.isRefusedValue(other));
    }

    @Test
    void aBatchsChainedExceptionIsRead() {
        var batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        batch.setNextException(new SQLException("ERROR: duplicate key value violates unique constraint \"booking_pkey\"", "23505"));
        assertTrue(Failures.violated(wrapped(batch), "booking_pkey"));
    }

    @Test
    void theMeaningfulExceptionIsFoundInsideTheWrappers() {
        var stale = new StaleEditException("changed");
        assertSame(stale, Failures.meaningful(new RuntimeException(new IllegalStateException(stale))));
        var plain = new IllegalStateException("boom");
        assertSame(plain, Failures.meaningful(plain));
    }
}
