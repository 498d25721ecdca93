package org.openepr.patients.interfaces.fhir;

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
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.openepr.patients.application.FindPatients;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientSearch;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.fhir.ConditionalCreate;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** FHIR R4 Patient: read, search and create, within the caller's trust. */
@Path("Patient")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
public class PatientResource {

    /** The search's field names as the API's parameters. */
    private static final Map<String, String> SEARCH_PARAMETERS = Map.of("nhsNumber", "identifier", "postcode", "address-postalcode",
            "page", "_offset", "count", "_count");

    @Inject
    OpenPatientRecord openRecord;

    @Inject
    FindPatients findPatients;

    @Inject
    RegisterPatient registerPatient;

    @Inject
    PatientFhirMapper mapper;

    @Inject
    TrustContext trust;

    @Inject
    ServiceClock clock;

    @Inject
    ConditionalCreate conditionalCreate;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
    public Patient read(@PathParam("id") String id) {
        return mapper.toFhir(openRecord.open(SearchParams.id("Patient", id), "api read"), trust.requireTrust());
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
    public Bundle search(@QueryParam("identifier") String identifier, @QueryParam("family") String family,
                         @QueryParam("given") String given, @QueryParam("address-postalcode") String postcode,
                         @QueryParam("birthdate") String birthDate, @QueryParam("_count") String count,
                         @QueryParam("_offset") String offset) {
        String nhsNumber = SearchParams.token("identifier", identifier, NhsNumber.FHIR_SYSTEM).orElse(null);
        String born = SearchParams.date("birthdate", birthDate).map(Object::toString).orElse(null);
        var paging = SearchParams.paging(count, offset);
        PatientSearch search;
        try {
            search = PatientSearch.parse(nhsNumber, family, given, postcode, born, paging.page(), paging.count(), clock.today());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(SEARCH_PARAMETERS.getOrDefault(p.field(), p.field()), p.message())).toList());
        }
        var found = findPatients.search(search);
        return SearchBundle.page(uri, "Patient", found.items(), found.total(), paging, r -> mapper.toFhir(r, trust.requireTrust()));
    }

    /**
     * Creates a patient. With {@code If-None-Exist: identifier=<nhs-number system>|<number>} a repeated
     * request returns the patient it created the first time (FHIR conditional create).
     */
    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CLINICIAN, Roles.CLERK})
    public Response create(Patient body) {
        if (body == null) {
            throw new InvalidInputException("Patient", "A Patient resource is required in the body");
        }
        var existing = conditionalCreate.identifier(NhsNumber.FHIR_SYSTEM).map(number -> {
            try {
                return findPatients.search(PatientSearch.byNhsNumber(NhsNumber.of(number)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(ConditionalCreate.HEADER, e.getMessage());
            }
        });
        if (existing.isPresent() && !existing.get().items().isEmpty()) {
            return Response.ok(mapper.toFhir(existing.get().items().get(0), trust.requireTrust())).build();
        }
        try {
            var registered = registerPatient.register(UUID.randomUUID(), mapper.toForm(body));
            Patient created = mapper.toFhir(registered.patient(), trust.requireTrust());
            return Response.created(uri.getBaseUriBuilder().path("Patient").path(created.getIdPart()).build())
                    .entity(created).build();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new FieldProblem(PatientFhirMapper.FHIR_PATHS.getOrDefault(p.field(), p.field()), p.message()))
                    .toList());
        }
    }
}
