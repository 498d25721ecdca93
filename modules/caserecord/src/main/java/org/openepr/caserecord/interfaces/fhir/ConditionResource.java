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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.openepr.caserecord.application.facts.ProblemList;
import org.openepr.caserecord.application.facts.RecordProblem;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemKind;
import org.openepr.caserecord.domain.problems.ProblemStatus;
import org.openepr.platform.fhir.FhirPaths;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.fhir.SubmissionId;
import org.openepr.platform.security.Roles;

/**
 * FHIR Condition: a problem or diagnosis; read, search by patient, category and clinical status, and create (a
 * clinician; as the problem form records it: ConditionFromFhir). A create carrying the {@value #SUBMISSION}
 * identifier, sent again, answers 200 with what the first one recorded.
 */
@Path("Condition")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PHARMACIST})
public class ConditionResource {

    // keys upper case: SearchParams.code matches codes case-insensitively
    static final String CATEGORY_SYSTEM = ClinicalFactsFhirMapper.CONDITION_CATEGORY;
    static final Map<String, ProblemKind> CATEGORIES = Map.of("PROBLEM-LIST-ITEM", ProblemKind.PROBLEM, "ENCOUNTER-DIAGNOSIS", ProblemKind.DIAGNOSIS);
    static final Map<String, ProblemStatus> STATUSES = Map.of("ACTIVE", ProblemStatus.ACTIVE, "RESOLVED", ProblemStatus.RESOLVED);

    /** A UUID the client chooses for one create (a retried create records nothing new). */
    public static final String SUBMISSION = ClinicalFactsFhirMapper.OURS + "Id/submission";

    @Inject
    ProblemList problems;

    @Inject
    RecordProblem recording;

    @Inject
    ClinicalFactsFhirMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Condition read(@PathParam("id") String id) {
        return mapper.condition(problems.entry(SearchParams.id("Condition", id)));
    }

    /** Entered-in-error entries only when asked for by id: a search answers what is true of the patient. */
    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("category") String categoryParam,
                         @QueryParam("clinical-status") String statusParam) {
        Optional<ProblemKind> kind = SearchParams.code("category", categoryParam, CATEGORY_SYSTEM, CATEGORIES);
        Optional<ProblemStatus> status = SearchParams.code("clinical-status", statusParam, ClinicalFactsFhirMapper.CONDITION_CLINICAL, STATUSES);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        List<Problem> found = problems.forPatient(patient).all().stream()
                .filter(p -> p.status() != ProblemStatus.ENTERED_IN_ERROR)
                .filter(p -> kind.map(k -> p.kind() == k).orElse(true))
                .filter(p -> status.map(s -> p.status() == s).orElse(true)).toList();
        return SearchBundle.of(uri, "Condition", found, mapper::condition);
    }

    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.CLINICIAN)
    public Response create(Condition body) {
        Condition c = ConditionFromFhir.required(body);
        UUID patient = ConditionFromFhir.patient(c);
        UUID submission = SubmissionId.of(c.getIdentifier(), SUBMISSION, "Condition.identifier").orElse(null);
        RecordProblem.Recorded made = FhirPaths.renaming(ConditionFromFhir.FHIR_PATHS, () -> recording.record(submission, patient, ConditionFromFhir.form(c)));
        return SubmissionId.answer(uri, mapper.condition(made.problem()), made.created());
    }
}
