package org.openepr.platform.text;

/** A value with words for people: an enum shown on a screen or a printout implements this, so its code never is. */
public interface Labelled {

    /** As staff say it: "Follow-up", "Did not attend", "Urgent". */
    String label();
}
