package org.openepr.platform.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;

/** One FhirContext for the application: it is expensive to build and safe to share. */
@ApplicationScoped
public class FhirSupport {

    public static final String FHIR_JSON = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4Cached();

    public FhirContext context() {
        return context;
    }

    public IParser json() {
        return context.newJsonParser().setPrettyPrint(false);
    }
}
