package org.openepr.medicines.interfaces.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.openepr.medicines.application.PatientMedicines;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;

/**
 * FHIR MedicationStatement: the patient's medicines list, one statement per order, each saying with UK Core's
 * PharmacistVerifiedIndicator whether pharmacy has verified it. A search by patient answers the current list;
 * {@code status=stopped} or {@code not-taken} (rejected) the rest.
 */
@Path("MedicationStatement")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class MedicationStatementResource {

    static final Map<String, MedicationStatementStatus> STATUSES = Map.of(
            "ACTIVE", MedicationStatementStatus.ACTIVE,
            "STOPPED", MedicationStatementStatus.STOPPED,
            "NOT-TAKEN", MedicationStatementStatus.NOTTAKEN);

    @Inject
    PatientMedicines medicines;

    @Inject
    MedicinesFhirMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public org.hl7.fhir.r4.model.MedicationStatement read(@PathParam("id") String id) {
        return mapper.statement(medicines.order(SearchParams.id("MedicationStatement", id)));
    }

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("status") String statusParam) {
        MedicationStatementStatus status = SearchParams.code("status", statusParam, null, STATUSES).orElse(MedicationStatementStatus.ACTIVE);
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        var found = medicines.orders(patient).stream().filter(o -> MedicinesFhirMapper.statementStatus(o.status()) == status).toList();
        return SearchBundle.of(uri, "MedicationStatement", found, mapper::statement);
    }
}
