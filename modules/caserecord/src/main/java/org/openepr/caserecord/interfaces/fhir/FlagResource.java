package org.openepr.caserecord.interfaces.fhir;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Flag;
import org.openepr.caserecord.application.facts.RecordRisk;
import org.openepr.caserecord.application.facts.RiskAlerts;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskCategory;
import org.openepr.platform.fhir.FhirPaths;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.fhir.SubmissionId;
import org.openepr.platform.security.Roles;

/**
 * FHIR Flag: an alert or risk; read, search by patient, status and category, and create (a clinician; as the alerts
 * form records it: FlagFromFhir). A create carrying the {@value ConditionResource#SUBMISSION} identifier, sent again,
 * answers 200 with what the first one recorded.
 */
@Path("Flag")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PHARMACIST})
public class FlagResource {

    static final Map<String, RiskCategory> CATEGORIES = Arrays.stream(RiskCategory.values()).collect(Collectors.toMap(c -> c.code().toUpperCase(java.util.Locale.ROOT), c -> c));
    static final Map<String, Boolean> STATUSES = Map.of("ACTIVE", true, "INACTIVE", false);

    @Inject
    RiskAlerts alerts;

    @Inject
    RecordRisk recording;

    @Inject
    ClinicalFactsFhirMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Flag read(@PathParam("id") String id) {
        return mapper.flag(alerts.alert(SearchParams.id("Flag", id)), alerts.today());
    }

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("status") String statusParam,
                         @QueryParam("category") String categoryParam) {
        Optional<Boolean> active = SearchParams.code("status", statusParam, "http://hl7.org/fhir/flag-status", STATUSES);
        Optional<RiskCategory> category = SearchParams.code("category", categoryParam, ClinicalFactsFhirMapper.RISK_CATEGORY, CATEGORIES);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        var record = alerts.forPatient(patient);
        List<RiskAlert> found = Stream.concat(record.current().stream(), record.ended().stream())
                .filter(a -> active.map(x -> a.isActive() == x).orElse(true))
                .filter(a -> category.map(c -> a.category() == c).orElse(true)).toList();
        return SearchBundle.of(uri, "Flag", found, a -> mapper.flag(a, record.today()));
    }

    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CLINICIAN)
    public Response create(Flag body) {
        Flag f = FlagFromFhir.required(body);
        UUID patient = FlagFromFhir.patient(f);
        UUID submission = SubmissionId.of(f.getIdentifier(), ConditionResource.SUBMISSION, "Flag.identifier").orElse(null);
        RecordRisk.Recorded made = FhirPaths.renaming(FlagFromFhir.FHIR_PATHS, () -> recording.record(submission, patient, FlagFromFhir.form(f)));
        return SubmissionId.answer(uri, mapper.flag(made.alert(), alerts.today()), made.created());
    }
}
