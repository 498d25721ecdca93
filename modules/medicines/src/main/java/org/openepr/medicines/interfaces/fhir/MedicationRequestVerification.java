package org.openepr.medicines.interfaces.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.openepr.medicines.application.PharmacyVerification;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.fhir.FhirPaths;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;

/**
 * Pharmacy through the API. {@code POST MedicationRequest/{id}/$verify} with a Parameters body: {@code version} (the
 * meta.versionId of the MedicationRequest the pharmacist judged; any change since is 409) and an optional {@code note};
 * answers the verified MedicationRequest. The worklist, {@code GET MedicationRequest?verification=awaiting}, is
 * answered here for {@link MedicationRequestResource#search}: the trust's orders awaiting verification, oldest first,
 * optionally of one {@code service} and {@code high-risk=true} only, paged by {@code _count} and {@code _offset}.
 * Both are the pharmacist's ({@link PharmacyVerification} refuses anyone else, and a pharmacist verifying their own order).
 */
@Path("MedicationRequest/{id}/$verify")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class MedicationRequestVerification {

    static final Map<String, String> AWAITING = Map.of("AWAITING", "awaiting");
    static final Map<String, Boolean> YES_NO = Map.of("TRUE", true, "FALSE", false);
    static final int MAX_NOTE = 1000;

    @Inject
    PharmacyVerification pharmacy;

    @Inject
    MedicinesFhirMapper mapper;

    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    public MedicationRequest verify(@PathParam("id") String id, Parameters parameters) {
        var order = SearchParams.id("MedicationRequest", id);
        if (parameters == null) {
            throw new InvalidInputException("Parameters", "A Parameters resource is required in the body, with version (the MedicationRequest's "
                    + "meta.versionId you verified) and an optional note");
        }
        int version = version(parameters);
        String note = text(parameters, "note").orElse(null);
        return mapper.request(FhirPaths.renaming(Map.of("note", "Parameters.parameter('note')"), () -> pharmacy.verifyAsSeen(order, version, note)));
    }

    /** Whether the search asks for the worklist ({@code verification=awaiting}; any other value is refused naming it). */
    static boolean asksForWorklist(String verification) {
        return SearchParams.code("verification", verification, MedicinesFhirMapper.VERIFICATION_CODES, AWAITING).isPresent();
    }

    /** Refuses the worklist's parameters in a search that is not the worklist, after checking their values. */
    static void notWithoutWorklist(String service, String highRisk) {
        SearchParams.text("service", service, 80);
        SearchParams.code("high-risk", highRisk, null, YES_NO);
        if (service != null || highRisk != null) {
            throw new InvalidInputException(service != null ? "service" : "high-risk", "Only with verification=awaiting (the pharmacy worklist)");
        }
    }

    Bundle worklist(UriInfo uri, String patient, String status, String service, String highRisk, String count, String offset) {
        Optional<String> of = SearchParams.text("service", service, 80);
        boolean highRiskOnly = SearchParams.code("high-risk", highRisk, null, YES_NO).orElse(false);
        var paging = SearchParams.paging(count, offset);
        if (patient != null || status != null) {
            throw new InvalidInputException(patient != null ? "patient" : "status",
                    "verification=awaiting searches the trust's worklist: it takes service, high-risk, _count and _offset, not patient or status");
        }
        var page = pharmacy.worklist(of, highRiskOnly, paging.offset(), paging.count());
        return SearchBundle.page(uri, "MedicationRequest", page.items(), page.total(), paging, item -> {
            MedicationRequest r = mapper.request(item.order());
            if (item.patient() != null) {
                r.getSubject().setDisplay(item.patient().displayName());
            }
            return r;
        });
    }

    private static int version(Parameters parameters) {
        var given = parameters.getParameter().stream().filter(p -> "version".equals(p.getName())).toList();
        if (given.size() != 1) {
            throw new InvalidInputException("Parameters.parameter('version')", "Give the version you verified once: the MedicationRequest's meta.versionId");
        }
        var value = given.get(0).getValue();
        try {
            if (value instanceof IntegerType i && i.getValue() != null) {
                return i.getValue();
            }
            if (value instanceof PrimitiveType<?> p && p.getValueAsString() != null) {
                return Integer.parseInt(p.getValueAsString().strip());
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InvalidInputException("Parameters.parameter('version')", "The version is a whole number: the MedicationRequest's meta.versionId");
    }

    private static Optional<String> text(Parameters parameters, String name) {
        var given = parameters.getParameter().stream().filter(p -> name.equals(p.getName())).toList();
        if (given.size() > 1) {
            throw new InvalidInputException("Parameters.parameter('" + name + "')", "Give the " + name + " once");
        }
        if (given.isEmpty() || given.get(0).getValue() == null) {
            return Optional.empty();
        }
        if (!(given.get(0).getValue() instanceof PrimitiveType<?> p) || p.getValueAsString() == null) {
            throw new InvalidInputException("Parameters.parameter('" + name + "')", "The " + name + " is text (valueString)");
        }
        String value = p.getValueAsString();
        if (value.length() > MAX_NOTE) {
            throw new InvalidInputException("Parameters.parameter('" + name + "')", "At most " + MAX_NOTE + " characters");
        }
        return Optional.of(value);
    }
}
