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
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Medication;
import org.openepr.medicines.application.MedicineChoice;
import org.openepr.medicines.application.MedicineDictionary;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;

/** FHIR Medication: the live knowledge base's products, read by id or searched by code or name (formulary first). */
@Path("Medication")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class MedicationResource {

    @Inject
    MedicineDictionary dictionary;

    @Inject
    MedicinesFhirMapper mapper;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public Medication read(@PathParam("id") String id) {
        return dictionary.medicine(SearchParams.plain("id", id)).map(mapper::medication)
                .orElseThrow(() -> new RecordNotFoundException("Medication"));
    }

    @GET
    public Bundle search(@QueryParam("code") String codeParam, @QueryParam("name") String nameParam, @QueryParam("_count") String count) {
        var code = SearchParams.token("code", codeParam, MedicinesFhirMapper.LOCAL_MEDICINES);
        var name = SearchParams.text("name", nameParam, 80);
        int limit = SearchParams.paging(count, null).count();
        List<MedicineChoice> found;
        if (code.isPresent()) {
            found = dictionary.medicine(code.get()).map(List::of).orElse(List.of());
        } else if (name.isPresent()) {
            found = dictionary.search(name.get(), limit);
        } else {
            throw new InvalidInputException("name", "Search medicines by name (the start of the medicine or substance) or by code");
        }
        return SearchBundle.of(uri, "Medication", found, mapper::medication);
    }
}
