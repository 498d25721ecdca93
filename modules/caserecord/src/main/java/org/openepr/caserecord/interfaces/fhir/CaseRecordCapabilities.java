package org.openepr.caserecord.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

/** Observation (vital signs) and CareTeam in the CapabilityStatement. */
@ApplicationScoped
public class CaseRecordCapabilities {

    @Produces
    FhirCapability observation() {
        return () -> {
            var r = new CapabilityStatementRestResourceComponent().setType("Observation")
                    .setProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation-VitalSigns");
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            r.addInteraction().setCode(TypeRestfulInteraction.CREATE).setDocumentation("one vital sign (not a BMI: a weight brings its "
                    + "BMI from the latest height); implausible values are refused (400) naming the FHIR path");
            r.addInteraction().setCode(TypeRestfulInteraction.UPDATE).setDocumentation("only to status entered-in-error, the reason as a "
                    + "note; If-Match: W/\"<versionId>\" required, 412 on a stale version");
            r.setVersioning(org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy.VERSIONEDUPDATE);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required");
            r.addSearchParam().setName("code").setType(SearchParamType.TOKEN)
                    .setDocumentation("LOINC or SNOMED CT code of a vital sign, comma-separated for several");
            r.addSearchParam().setName("date").setType(SearchParamType.DATE).setDocumentation("when taken; prefixes eq, ge, gt, le, lt; repeatable");
            return r;
        };
    }

    @Produces
    FhirCapability careTeam() {
        return () -> {
            var r = new CapabilityStatementRestResourceComponent().setType("CareTeam").setProfile(CareTeamResource.PROFILE);
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required: one CareTeam per service");
            r.addSearchParam().setName("status").setType(SearchParamType.TOKEN).setDocumentation("active or inactive; both if absent");
            return r;
        };
    }
}
