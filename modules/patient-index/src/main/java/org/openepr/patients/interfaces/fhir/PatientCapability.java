package org.openepr.patients.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

@ApplicationScoped
public class PatientCapability implements FhirCapability {
    @Override
    public CapabilityStatementRestResourceComponent resource() {
        var resource = new CapabilityStatementRestResourceComponent().setType("Patient")
                .setProfile(PatientFhirMapper.UK_CORE_PATIENT).setConditionalCreate(true);
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        resource.addInteraction().setCode(TypeRestfulInteraction.CREATE);
        resource.addSearchParam().setName("identifier").setType(SearchParamType.TOKEN)
                .setDocumentation("https://fhir.nhs.uk/Id/nhs-number|<NHS number>");
        resource.addSearchParam().setName("family").setType(SearchParamType.STRING)
                .setDocumentation("Start of the family name, at least 2 letters");
        resource.addSearchParam().setName("given").setType(SearchParamType.STRING)
                .setDocumentation("Start of the given name, at least 2 letters");
        resource.addSearchParam().setName("address-postalcode").setType(SearchParamType.STRING)
                .setDocumentation("A whole UK postcode, e.g. E1 6AN");
        resource.addSearchParam().setName("birthdate").setType(SearchParamType.DATE)
                .setDocumentation("YYYY-MM-DD; each parameter finds patients on its own, several narrow the search");
        return resource;
    }
}
