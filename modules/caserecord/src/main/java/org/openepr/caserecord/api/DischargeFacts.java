package org.openepr.caserecord.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The case record's facts for a discharge summary, in words (labels, not codes) with the codes a document carries.
 *
 * @param diagnoses active problems and diagnoses, and those resolved during the episode; the primary diagnosis first
 * @param alerts current alerts and risks, highest severity first
 * @param legalStatuses Mental Health Act statuses in force at any time during the episode, oldest first
 * @param observations the latest value of each vital sign taken during the episode
 */
public record DischargeFacts(List<Diagnosis> diagnoses, List<SafetyAlert> alerts, List<LegalPeriod> legalStatuses,
                             List<Measurement> observations) {

    /** A problem or diagnosis: "Diagnosis", the term, its code system URI and code (null if uncoded), onset, status. */
    public record Diagnosis(String kind, String term, String codeSystem, String code, LocalDate onset, boolean primary, String status,
                            LocalDate resolvedOn) {
    }

    /** An alert: its category's code (risk-to-self, risk-to-others, risk-from-others, safeguarding, other-alert) and label. */
    public record SafetyAlert(String category, String categoryLabel, String severity, String details, LocalDate reviewDate) {
    }

    /** A legal status: "Section 3", its NHS Data Dictionary code (null for a CTO), when it started, would expire, ended. */
    public record LegalPeriod(String section, String nhsCode, Instant started, Instant expires, Instant ended) {
    }

    /** One vital sign as read: "Weight", "72.4 kg", when it was taken. */
    public record Measurement(String sign, String value, Instant takenAt) {
    }
}
