package org.openepr.planted.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.openepr.patients.application.FindPatients;

/** Planted: a view-scoped page whose service field comes back null after the session is passivated. */
@ViewScoped
public class PageWithATransientService implements Serializable {
    @Inject
    transient FindPatients findPatients;
}
