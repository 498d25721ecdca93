package org.openepr.medicines.interfaces.fhir;

import static org.openepr.medicines.interfaces.fhir.MedicinesFhirMapper.OVERRIDE_REASON;
import static org.openepr.medicines.interfaces.fhir.MedicinesFhirMapper.SERVICE;

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
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.openepr.medicines.application.OrderView;
import org.openepr.medicines.application.PatientMedicines;
import org.openepr.medicines.application.Prescribe;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.fhir.FhirPaths;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.fhir.SubmissionId;
import org.openepr.platform.security.Roles;

/**
 * FHIR MedicationRequest: a medication order. Read, search by patient and status, and create, which screens the order
 * as the prescribing screen does: the findings come back as contained DetectedIssues; a serious or contraindicated
 * finding (or no screening at all) without an override reason is refused with 422 and an OperationOutcome naming each.
 * Pharmacy's verification is the {@value MedicinesFhirMapper#VERIFICATION} extension. A repeated create with the same
 * {@value #SUBMISSION} identifier answers with the order the first one made.
 */
@Path("MedicationRequest")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class MedicationRequestResource {

    public static final String SUBMISSION = "https://openepr.org/fhir/Id/prescribing-submission";

    static final Map<String, String> FHIR_PATHS = Map.ofEntries(
            Map.entry("medicine", "MedicationRequest.medication"),
            Map.entry("route", "MedicationRequest.dosageInstruction.route"),
            Map.entry("dose", "MedicationRequest.dosageInstruction.doseAndRate.doseQuantity"),
            Map.entry("frequency", "MedicationRequest.dosageInstruction.timing.code"),
            Map.entry("maxDosesPer24Hours", "MedicationRequest.dosageInstruction.maxDosePerPeriod"),
            Map.entry("start", "MedicationRequest.dosageInstruction.timing.repeat.boundsPeriod.start"),
            Map.entry("end", "MedicationRequest.dosageInstruction.timing.repeat.boundsPeriod.end"),
            Map.entry("indication", "MedicationRequest.reasonCode"),
            Map.entry("notes", "MedicationRequest.note"),
            Map.entry("service", "MedicationRequest.extension('" + SERVICE + "')"),
            Map.entry("overrideReason", "MedicationRequest.extension('" + OVERRIDE_REASON + "')"),
            Map.entry("screening", "MedicationRequest.detectedIssue"),
            Map.entry("patient", "MedicationRequest.subject"));

    static final Map<String, MedicationRequest.MedicationRequestStatus> STATUSES = Map.of(
            "ACTIVE", MedicationRequest.MedicationRequestStatus.ACTIVE,
            "STOPPED", MedicationRequest.MedicationRequestStatus.STOPPED,
            "CANCELLED", MedicationRequest.MedicationRequestStatus.CANCELLED);

    @Inject
    PatientMedicines medicines;

    @Inject
    Prescribe prescribe;

    @Inject
    MedicinesFhirMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public MedicationRequest read(@PathParam("id") String id) {
        return mapper.request(medicines.order(SearchParams.id("MedicationRequest", id)));
    }

    @Inject
    MedicationRequestVerification pharmacy;

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("status") String statusParam,
                         @QueryParam("verification") String verification, @QueryParam("service") String service,
                         @QueryParam("high-risk") String highRisk, @QueryParam("_count") String count, @QueryParam("_offset") String offset) {
        if (MedicationRequestVerification.asksForWorklist(verification)) {
            return pharmacy.worklist(uri, patientParam, statusParam, service, highRisk, count, offset);
        }
        MedicationRequestVerification.notWithoutWorklist(service, highRisk);
        var status = SearchParams.code("status", statusParam, null, STATUSES);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        var record = medicines.of(patient);
        List<OrderView> found = Stream.concat(record.current().stream(), record.ended().stream())
                .filter(o -> status.isEmpty() || MedicinesFhirMapper.requestStatus(o.status()) == status.get()).toList();
        return SearchBundle.of(uri, "MedicationRequest", found, mapper::request);
    }

    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.PRESCRIBER)
    public Response create(MedicationRequest body) {
        if (body == null) {
            throw new InvalidInputException("MedicationRequest", "A MedicationRequest resource is required in the body");
        }
        UUID patient = SearchParams.requiredReference(FHIR_PATHS.get("patient"), body.getSubject().getReference(), "Patient");
        UUID submission = submissionOf(body);
        Prescribe.Prescribed made = FhirPaths.renaming(FHIR_PATHS, () -> prescribe.prescribe(submission, patient,
                PrescriptionFromFhir.text(body, SERVICE), PrescriptionFromFhir.form(body), PrescriptionFromFhir.text(body, OVERRIDE_REASON)));
        return SubmissionId.answer(uri, mapper.request(made.order()), made.created());
    }

    private static UUID submissionOf(MedicationRequest body) {
        return SubmissionId.of(body.getIdentifier(), SUBMISSION, "MedicationRequest.identifier").orElseGet(UUID::randomUUID);
    }
}
