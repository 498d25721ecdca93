package org.openepr.platform.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** {@code GET /fhir/metadata}: what this server offers, assembled from the modules' capabilities. */
@Path("metadata")
@ApplicationScoped
public class MetadataResource {

    @Inject
    Instance<FhirCapability> capabilities;

    @GET
    @Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    public CapabilityStatement metadata() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.setName("OpenEPR");
        statement.setPublisher("OpenEPR");
        statement.getSoftware().setName("OpenEPR");
        statement.getImplementation().setDescription("Hosted EPR for NHS community and mental health trusts");
        statement.addInstantiates("https://fhir.hl7.org.uk/CapabilityStatement/UKCore");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("Bearer access tokens from the OpenID Connect provider; the token names the trust");
        capabilities.stream().map(FhirCapability::resource)
                .sorted(Comparator.comparing(CapabilityStatement.CapabilityStatementRestResourceComponent::getType))
                .forEach(rest::addResource);
        return statement;
    }
}
