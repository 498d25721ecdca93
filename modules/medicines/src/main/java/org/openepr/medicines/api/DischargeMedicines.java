package org.openepr.medicines.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Medicines at the end of a stay: each current order as it stood at discharge, and every change made during the stay
 * (oldest first), each with its reason where one was recorded.
 */
public record DischargeMedicines(List<MedicineOnDischarge> onDischarge, List<MedicineChange> changes) {

    /** What happened to an order during the stay. */
    public enum ChangeKind {
        STARTED("Started"), CHANGED("Changed"), STOPPED("Stopped"), STARTED_AND_STOPPED("Started and stopped during the stay");

        private final String label;

        ChangeKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A medicine the patient goes home on: "Sertraline 50mg tablets", "100 mg once a day", pharmacy's state of the order
     * ("Verified"), the verification of this version, and what happened to it during the stay (null: unchanged).
     */
    public record MedicineOnDischarge(UUID orderId, String medicine, String doseAndFrequency, String indication, String pharmacyStatus,
                                      String verification, boolean pharmacistVerified, ChangeKind change) {
    }

    /**
     * One change: the medicine, as it was before (changed and stopped) and after (started and changed), the reason (the
     * indication of a new order, the reason given for stopping, the prescriber's note on a change; null if none) and when.
     */
    public record MedicineChange(UUID orderId, ChangeKind kind, String medicine, String before, String after, String reason, Instant at) {
    }
}
