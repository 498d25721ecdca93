package org.openepr.caserecord.interfaces.fhir.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

/** Clinical notes (DocumentReference) in the CapabilityStatement. */
@ApplicationScoped
public class NotesCapabilities {

    @Produces
    FhirCapability documentReference() {
        return () -> {
            var r = new CapabilityStatementRestResourceComponent().setType("DocumentReference").setProfile(NoteFhirMapper.PROFILE);
            r.addInteraction().setCode(TypeRestfulInteraction.READ);
            r.addInteraction().setCode(TypeRestfulInteraction.VREAD).setDocumentation("the current version and every signed version");
            r.addInteraction().setCode(TypeRestfulInteraction.HISTORYINSTANCE);
            r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            r.addInteraction().setCode(TypeRestfulInteraction.CREATE).setDocumentation("a draft note (docStatus preliminary); masterIdentifier "
                    + NoteFhirMapper.SAVE_ID + "|<uuid> makes a resend save once; content.attachment text/plain, base64 UTF-8, at most 100,000 characters");
            r.addInteraction().setCode(TypeRestfulInteraction.UPDATE).setDocumentation("a draft's new text, or docStatus final to validate it "
                    + "(its author), or docStatus amended with the reason in description to amend a validated note; If-Match: W/\"<versionId>\" "
                    + "required, 412 if the note has moved on");
            r.setVersioning(ResourceVersionPolicy.VERSIONEDUPDATE);
            r.setUpdateCreate(false);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE).setDocumentation("required; most recently changed first");
            return r;
        };
    }
}
