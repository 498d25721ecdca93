package org.openepr.caserecord.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

/** Condition (problems and diagnoses) and Flag (alerts and risks) in the CapabilityStatement. */
@ApplicationScoped
public class ClinicalFactsCapabilities {

    @Produces
    FhirCapability condition() {
        return () -> {
            var r = resource("Condition");
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required");
            r.addSearchParam().setName("category").setType(SearchParamType.TOKEN)
                    .setDocumentation("problem-list-item (SNOMED CT or local) or encounter-diagnosis (ICD-10)");
            r.addSearchParam().setName("clinical-status").setType(SearchParamType.TOKEN).setDocumentation("active or resolved; both if absent");
            r.addInteraction().setCode(TypeRestfulInteraction.CREATE).setDocumentation("clinicians: a code from the shipped list or code.text; "
                    + "idempotent with identifier " + ConditionResource.SUBMISSION);
            return r;
        };
    }

    @Produces
    FhirCapability flag() {
        return () -> {
            var r = resource("Flag");
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required");
            r.addSearchParam().setName("status").setType(SearchParamType.TOKEN).setDocumentation("active or inactive (ended); both if absent");
            r.addSearchParam().setName("category").setType(SearchParamType.TOKEN).setDocumentation(ClinicalFactsFhirMapper.RISK_CATEGORY
                    + "|risk-to-self, risk-to-others, risk-from-others, safeguarding or other-alert");
            r.addInteraction().setCode(TypeRestfulInteraction.CREATE).setDocumentation("clinicians: category, severity, review date, details "
                    + "as code.text; idempotent with identifier " + ConditionResource.SUBMISSION);
            return r;
        };
    }

    static CapabilityStatementRestResourceComponent resource(String type) {
        var r = new CapabilityStatementRestResourceComponent().setType(type).setProfile(ClinicalFactsFhirMapper.PROFILE + type);
        r.addInteraction().setCode(TypeRestfulInteraction.READ);
        r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        return r;
    }
}
