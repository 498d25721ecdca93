package org.openepr.planted.interfaces.web;

import org.openepr.clinics.domain.Clinic;

/** Planted: another module's internals used directly instead of through its api package. */
public class PageReachingIntoClinics {
    public String nameOf(Clinic clinic) {
        return clinic.name();
    }
}
