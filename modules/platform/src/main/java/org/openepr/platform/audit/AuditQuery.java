package org.openepr.platform.audit;

import java.io.Serializable;
import java.time.LocalDate;
import org.openepr.platform.identity.NhsNumber;

/**
 * What a trust admin looks for in the trail; every part is optional. Dates are whole UK days, both included.
 *
 * @param actor  a user id
 * @param action an action's stored name (PATIENT_VIEWED)
 */
public record AuditQuery(String actor, NhsNumber patient, String action, LocalDate from, LocalDate to) implements Serializable {

    public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null);
}
