package org.openepr.platform.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.openepr.platform.time.UkDates;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.enterprise.context.ApplicationScoped;

/** One FhirContext for the application: it is expensive to build and safe to share. */
@ApplicationScoped
public class FhirSupport {

    public static final String FHIR_JSON = "application/fhir+json";

    /** Where our own extensions' URLs start (what FHIR has no element for and an import needs back). */
    public static final String EXTENSION_BASE = "https://openepr.org/fhir/StructureDefinition/";

    private final FhirContext context = newContext();

    /**
     * Our own context, not HAPI's shared one, with one option changed: resources we build contain what they contain,
     * with ids, so the encoder need not walk every element of every resource looking for references to contain
     * (a quarter of the encoding time of a page of MedicationRequests).
     */
    private static FhirContext newContext() {
        FhirContext c = FhirContext.forR4();
        c.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
        return c;
    }

    /** A moment as FHIR carries it: to the second, in UK time (2027-03-03T10:00:00+00:00), or null. */
    public static DateTimeType ukDateTime(Instant at) {
        return at == null ? null : new DateTimeType(Date.from(at), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(UkDates.UK));
    }

    public FhirContext context() {
        return context;
    }

    public IParser json() {
        return context.newJsonParser().setPrettyPrint(false);
    }
}
