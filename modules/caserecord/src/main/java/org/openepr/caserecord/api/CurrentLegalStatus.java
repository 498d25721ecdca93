package org.openepr.caserecord.api;

import java.time.Instant;

/**
 * A patient's legal status now.
 *
 * @param label in words ("Section 3", "Community treatment order (section 17A)")
 * @param classificationCode the NHS Data Dictionary Mental Health Act legal status classification code ("03"), or null
 *                           where the classification has none (a community treatment order)
 * @param since when it started
 * @param expires when it ends by itself, or null (informal, restricted patients)
 */
public record CurrentLegalStatus(String label, String classificationCode, Instant since, Instant expires) {
}
