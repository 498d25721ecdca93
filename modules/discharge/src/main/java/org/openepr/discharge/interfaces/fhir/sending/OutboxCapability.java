package org.openepr.discharge.interfaces.fhir.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

/** The outbox's status view (Task) in the CapabilityStatement. */
@ApplicationScoped
public class OutboxCapability {

    @Produces
    FhirCapability outboxTask() {
        return () -> {
            var r = new CapabilityStatementRestResourceComponent().setType("Task").setDocumentation("The trust's outbox of signed discharge "
                    + "summaries: one Task per version sent to a GP practice (or to send by hand), its delivery state as businessStatus");
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE).setDocumentation("newest first, paged (_count, _offset)");
            r.addSearchParam().setName("business-status").setType(SearchParamType.TOKEN)
                    .setDocumentation(String.join(", ", OutboxTaskResource.SEARCHABLE));
            return r;
        };
    }
}
