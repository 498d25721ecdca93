package org.openepr.platform.audit;

/** A line of the trust admin's audit view: the event, and its patient's NHS number (formatted) where it has one. */
public record AuditLine(AuditEvent event, String patientNhsNumber) {
}
