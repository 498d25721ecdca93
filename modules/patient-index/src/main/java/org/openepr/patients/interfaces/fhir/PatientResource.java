package org.openepr.patients.interfaces.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.openepr.patients.application.FindPatients;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientSearch;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** FHIR R4 Patient: read, search and create, within the caller's trust. */
@Path("Patient")
@RequestScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
public class PatientResource {

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
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
    public Patient read(@PathParam("id") String id) {
        return mapper.toFhir(openRecord.open(patientId(id), "api read"), trust.requireTrust());
    }

    @GET
    @RolesAllowed({Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
    public Bundle search(@QueryParam("identifier") String identifier, @QueryParam("family") String family,
                         @QueryParam("birthdate") String birthDate, @QueryParam("_count") @DefaultValue("20") int count,
                         @QueryParam("_offset") @DefaultValue("0") int offset) {
        String nhsNumber = identifier == null ? null : nhsNumberOf(identifier);
        int page = count > 0 ? offset / count : 0;
        var search = PatientSearch.parse(nhsNumber, family, birthDate, offset < 0 ? -1 : page, count, LocalDate.now(clock));
        var found = findPatients.search(search);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal((int) found.total());
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        if (found.hasNext()) {
            bundle.addLink().setRelation("next").setUrl(uri.getRequestUriBuilder()
                    .replaceQueryParam("_offset", (found.page() + 1) * found.pageSize()).build().toString());
        }
        for (var record : found.items()) {
            bundle.addEntry().setFullUrl(uri.getBaseUri() + "Patient/" + record.id())
                    .setResource(mapper.toFhir(record, trust.requireTrust()))
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /**
     * Creates a patient. With {@code If-None-Exist: identifier=<nhs-number system>|<number>} a repeated
     * request returns the patient it created the first time (FHIR conditional create).
     */
    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CLINICIAN, Roles.CLERK})
    public Response create(Patient body, @HeaderParam("If-None-Exist") String ifNoneExist) {
        if (body == null) {
            throw new InvalidInputException("Patient", "A Patient resource is required in the body");
        }
        if (ifNoneExist != null && !ifNoneExist.isBlank()) {
            String number = nhsNumberOf(ifNoneExist.replaceFirst("^identifier=", ""));
            var existing = findPatients.search(PatientSearch.byNhsNumber(NhsNumber.of(number)));
            if (!existing.items().isEmpty()) {
                return Response.ok(mapper.toFhir(existing.items().get(0), trust.requireTrust())).build();
            }
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

    private static UUID patientId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("patient"); // same answer as any id that is not ours
        }
    }

    private static String nhsNumberOf(String token) {
        int bar = token.indexOf('|');
        if (bar < 0 || !NhsNumber.FHIR_SYSTEM.equals(token.substring(0, bar))) {
            throw new InvalidInputException("identifier", "Search by identifier=" + NhsNumber.FHIR_SYSTEM + "|<NHS number>");
        }
        return token.substring(bar + 1);
    }
}
