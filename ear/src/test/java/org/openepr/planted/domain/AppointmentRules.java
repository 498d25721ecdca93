package org.openepr.planted.domain;

import jakarta.faces.context.FacesContext;

/** Planted: a domain rule that talks to the screen framework. */
public class AppointmentRules {
    public boolean onScreen() {
        return FacesContext.getCurrentInstance() != null;
    }
}
