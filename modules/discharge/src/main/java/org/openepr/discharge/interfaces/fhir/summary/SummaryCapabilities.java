package org.openepr.discharge.interfaces.fhir.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

/** Composition (discharge summaries) and Bundle (their signed documents) in the CapabilityStatement. */
@ApplicationScoped
public class SummaryCapabilities {

    @Produces
    FhirCapability composition() {
        return () -> {
            var r = new CapabilityStatementRestResourceComponent().setType("Composition")
                    .setProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Composition");
            r.addInteraction().setCode(TypeRestfulInteraction.READ).setDocumentation("the last signed version, or the draft while none is signed");
            r.addInteraction().setCode(TypeRestfulInteraction.VREAD).setDocumentation("every signed version, numbered from 1");
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            r.setVersioning(ResourceVersionPolicy.VERSIONED);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required; newest discharge first");
            r.addSearchParam().setName("status").setType(SearchParamType.TOKEN)
                    .setDocumentation("preliminary (never signed), final (signed once) or amended (corrected and signed again); all if absent");
            return r;
        };
    }

    @Produces
    FhirCapability bundle() {
        return () -> {
            var r = new CapabilityStatementRestResourceComponent().setType("Bundle")
                    .setProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Bundle");
            r.addInteraction().setCode(TypeRestfulInteraction.READ).setDocumentation("a signed discharge summary's document, as sent");
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            r.addSearchParam().setName("identifier").setType(SearchParamType.TOKEN)
                    .setDocumentation("required: https://tools.ietf.org/html/rfc4122|<id>, the document's identifier (also its id)");
            return r;
        };
    }
}
