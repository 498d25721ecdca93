package org.openepr.medicines.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedOrder;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedQuery;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedVersion;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.medicines.domain.orders.Dose;
import org.openepr.medicines.domain.orders.Frequency;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.medicines.domain.orders.Prescribing;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.orders.Verification;
import org.openepr.platform.errors.InvalidInputException;

/** An imported order the order's own rules could never have made is refused before anything is written. */
class MedicineRecordsFromImportTest {

    static final Instant T0 = Instant.parse("2027-03-03T10:00:00Z");

    static ImportedVersion version(int n) {
        return new ImportedVersion(n, new Prescription(new ProductId("LVMP0001"), "26643006", new Dose(new BigDecimal("50"), "mg"),
                Frequency.ONCE_DAILY, null, LocalDate.of(2027, 3, 3), null, "Depression", null), "Sertraline 50mg tablets",
                new Prescribing("dr.who", T0, "{}", null, null), Verification.AWAITING, null, null, null, null);
    }

    static ImportedOrder order(OrderStatus status, Instant stoppedAt, List<ImportedVersion> versions, List<ImportedQuery> queries) {
        return new ImportedOrder(UUID.randomUUID(), UUID.randomUUID(), "CMHT", status, false, T0, stoppedAt, stoppedAt == null ? null : "dr.who",
                stoppedAt == null ? null : "Stopped", versions, queries);
    }

    @Test
    void aWholeOrderPasses() {
        assertDoesNotThrow(() -> MedicineRecordsFromImport.check(order(OrderStatus.STOPPED, T0, List.of(version(1), version(2)),
                List.of(new ImportedQuery(1, "pharm", T0, "Why?", "dr.who", T0, "Because")))));
    }

    @Test
    void missingVersionsAStopThatDisagreesAndAQueryAboutNoVersionAreRefused() {
        refused(order(OrderStatus.VERIFIED, null, List.of(), List.of()), "has no versions");
        refused(order(OrderStatus.VERIFIED, null, List.of(version(1), version(3)), List.of()), "not numbered 1 to 2");
        refused(order(OrderStatus.STOPPED, null, List.of(version(1)), List.of()), "stopped without a stop");
        refused(order(OrderStatus.VERIFIED, T0, List.of(version(1)), List.of()), "verified with a stop");
        refused(order(OrderStatus.QUERIED, null, List.of(version(1)), List.of(new ImportedQuery(2, "pharm", T0, "Why?", null, null, null))),
                "about version 2");
    }

    private static void refused(ImportedOrder o, String says) {
        var e = assertThrows(InvalidInputException.class, () -> MedicineRecordsFromImport.check(o));
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }
}
