package org.openepr.medicines.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

/** Medication, AllergyIntolerance, MedicationRequest and MedicationStatement in the CapabilityStatement. */
@ApplicationScoped
public class MedicinesCapabilities {

    @Produces
    FhirCapability medication() {
        return () -> {
            var r = resource("Medication");
            r.addSearchParam().setName("code").setType(SearchParamType.TOKEN).setDocumentation(MedicinesFhirMapper.LOCAL_MEDICINES + "|<product id>");
            r.addSearchParam().setName("name").setType(SearchParamType.STRING)
                    .setDocumentation("the start of the medicine's or substance's name; the trust's formulary first");
            return r;
        };
    }

    @Produces
    FhirCapability allergyIntolerance() {
        return () -> {
            var r = resource("AllergyIntolerance");
            r.addInteraction().setCode(TypeRestfulInteraction.CREATE);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required");
            r.addSearchParam().setName("clinical-status").setType(SearchParamType.TOKEN).setDocumentation("active or inactive; both if absent");
            return r;
        };
    }

    @Produces
    FhirCapability medicationRequest() {
        return () -> {
            var r = resource("MedicationRequest");
            r.addInteraction().setCode(TypeRestfulInteraction.CREATE)
                    .setDocumentation("screens the order; findings as contained DetectedIssues; 422 for a serious or contraindicated finding without "
                            + MedicinesFhirMapper.OVERRIDE_REASON + "; idempotent with identifier " + MedicationRequestResource.SUBMISSION);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required");
            r.addSearchParam().setName("status").setType(SearchParamType.TOKEN).setDocumentation("active, stopped or cancelled (rejected by pharmacy)");
            r.addSearchParam().setName("verification").setType(SearchParamType.TOKEN).setDocumentation("awaiting: the pharmacy worklist "
                    + "(pharmacists; the whole trust, oldest first, paged by _count and _offset; not with patient or status)");
            r.addSearchParam().setName("service").setType(SearchParamType.STRING).setDocumentation("with verification=awaiting: the prescribing service");
            r.addSearchParam().setName("high-risk").setType(SearchParamType.TOKEN).setDocumentation("with verification=awaiting: true for high-risk medicines only");
            r.addOperation().setName("verify").setDefinition("https://openepr.org/fhir/OperationDefinition/MedicationRequest-verify")
                    .setDocumentation("POST MedicationRequest/{id}/$verify, Parameters: version (the meta.versionId verified; 409 if the order "
                            + "changed since), note (optional); pharmacists, not the order's prescriber; answers the MedicationRequest");
            return r;
        };
    }

    @Produces
    FhirCapability medicationStatement() {
        return () -> {
            var r = resource("MedicationStatement");
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required: the current medicines list");
            r.addSearchParam().setName("status").setType(SearchParamType.TOKEN).setDocumentation("active (default), stopped or not-taken");
            return r;
        };
    }

    static CapabilityStatementRestResourceComponent resource(String type) {
        var r = new CapabilityStatementRestResourceComponent().setType(type).setProfile(MedicinesFhirMapper.PROFILE + type);
        r.addInteraction().setCode(TypeRestfulInteraction.READ);
        r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        return r;
    }
}
