package org.openepr.webapp;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The FHIR R4 API at /fhir; resources come from the clinical modules' interfaces.fhir packages. */
@ApplicationPath("fhir")
public class FhirApplication extends Application {
}
