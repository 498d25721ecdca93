package org.openepr.platform.audit;

/**
 * Something worth an audit line. Each module names its own actions (an enum implementing this) with the type
 * of resource each one concerns; the name is stored, so existing names never change.
 */
public interface AuditedAction {

    String name();

    /** The kind of record acted on, in FHIR's words where there is one: "Patient", "Appointment", "Clinic". */
    String resourceType();
}
