package org.openepr.discharge.interfaces.fhir.episodes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

/** EpisodeOfCare and Encounter (admissions and their ward stays) in the CapabilityStatement. */
@ApplicationScoped
public class EpisodesCapabilities {

    @Produces
    FhirCapability episodeOfCare() {
        return () -> {
            var r = new CapabilityStatementRestResourceComponent().setType("EpisodeOfCare").setProfile(EpisodesFhir.EPISODE_PROFILE)
                    .setDocumentation("every episode of care: community (an accepted referral to a service) and inpatient (an admission)");
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required");
            r.addSearchParam().setName("status").setType(SearchParamType.TOKEN).setDocumentation("active or finished; both if absent");
            return r;
        };
    }

    @Produces
    FhirCapability encounter() {
        return () -> {
            var r = new CapabilityStatementRestResourceComponent().setType("Encounter").setProfile(EpisodesFhir.ENCOUNTER_PROFILE)
                    .setDocumentation("an admission (class IMP; the same id as its EpisodeOfCare): ward stays as locations, leave as status "
                            + "history, the legal status at admission and discharge as Extension-UKCore-LegalStatus");
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required");
            r.addSearchParam().setName("status").setType(SearchParamType.TOKEN).setDocumentation("in-progress, onleave or finished; all if absent");
            return r;
        };
    }
}
