package org.openepr.platform.audit;

/** Something worth an audit line. Each module names its own actions (an enum implementing this); the name is stored. */
public interface AuditedAction {
    String name();
}
