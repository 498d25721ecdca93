package org.openepr.medicines.interfaces.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.openepr.medicines.application.Allergies;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.FhirPaths;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * FHIR AllergyIntolerance: read, search by patient (active entries, or all with {@code clinical-status=inactive}
 * too), and create: an allergy to a knowledge-base substance or group, or "no known drug allergy" (SNOMED 409137002).
 */
@Path("AllergyIntolerance")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PHARMACIST})
public class AllergyIntoleranceResource {

    /** Where each form field lives in an AllergyIntolerance, for OperationOutcome expressions. */
    static final Map<String, String> FHIR_PATHS = Map.of(
            "allergen", "AllergyIntolerance.code",
            "reactionType", "AllergyIntolerance.type",
            "reaction", "AllergyIntolerance.reaction.manifestation",
            "severity", "AllergyIntolerance.reaction.severity",
            "certainty", "AllergyIntolerance.verificationStatus",
            "onset", "AllergyIntolerance.onsetDateTime",
            "noKnownAllergies", "AllergyIntolerance.code");

    @Inject
    Allergies allergies;

    @Inject
    MedicinesFhirMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public AllergyIntolerance read(@PathParam("id") String id) {
        return mapper.allergy(allergies.entry(SearchParams.id("AllergyIntolerance", id)));
    }

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("clinical-status") String statusParam) {
        SearchParams.only("clinical-status", statusParam, List.of("active", "inactive"));
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        var record = allergies.forPatient(patient);
        List<AllergyEntry> found = "inactive".equals(statusParam) ? record.ended()
                : statusParam == null ? Stream.concat(record.active().stream(), record.ended().stream()).toList() : record.active();
        return SearchBundle.of(uri, "AllergyIntolerance", found, mapper::allergy);
    }

    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response create(AllergyIntolerance body) {
        if (body == null) {
            throw new InvalidInputException("AllergyIntolerance", "An AllergyIntolerance resource is required in the body");
        }
        UUID patient = SearchParams.requiredReference("AllergyIntolerance.patient", body.getPatient().getReference(), "Patient");
        AllergyEntry made = FhirPaths.renaming(FHIR_PATHS, () -> isNoKnownDrugAllergy(body.getCode())
                ? allergies.recordNoKnownAllergies(patient)
                : allergies.record(patient, form(body)));
        return Response.created(uri.getBaseUriBuilder().path("AllergyIntolerance").path(made.id().toString()).build())
                .entity(mapper.allergy(made)).build();
    }

    private static boolean isNoKnownDrugAllergy(CodeableConcept code) {
        return code.getCoding().stream().anyMatch(c -> "http://snomed.info/sct".equals(c.getSystem())
                && MedicinesFhirMapper.NO_KNOWN_DRUG_ALLERGY.equals(c.getCode()));
    }

    private static Allergies.AllergyForm form(AllergyIntolerance a) {
        String allergen = a.getCode().getCoding().stream().filter(c -> MedicinesFhirMapper.LOCAL_MEDICINES.equals(c.getSystem()))
                .map(Coding::getCode).findFirst().orElse(null);
        var reaction = a.getReactionFirstRep();
        String manifestation = reaction.getManifestation().stream().map(CodeableConcept::getText).filter(t -> t != null).findFirst().orElse(null);
        String severity = reaction.hasSeverity() ? reaction.getSeverity().toCode() : null;
        String certainty = a.getVerificationStatus().getCoding().stream().map(Coding::getCode).findFirst()
                .map(c -> "unconfirmed".equals(c) ? "SUSPECTED" : c).orElse(null);
        String type = a.hasType() ? a.getType().toCode() : null;
        String onset = a.hasOnsetDateTimeType() ? UkDates.typed(MedicinesFhirMapper.localDate(a.getOnsetDateTimeType().getValue())) : null;
        return new Allergies.AllergyForm(allergen, type, manifestation, severity, certainty, onset);
    }
}
