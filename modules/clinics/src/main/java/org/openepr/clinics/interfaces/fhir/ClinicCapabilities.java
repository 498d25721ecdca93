package org.openepr.clinics.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.openepr.platform.fhir.FhirCapability;

/** Schedule, Slot and Appointment in the CapabilityStatement. */
@ApplicationScoped
public class ClinicCapabilities {

    @Produces
    FhirCapability schedule() {
        return () -> resource("Schedule");
    }

    @Produces
    FhirCapability slot() {
        return () -> {
            var r = resource("Slot");
            r.addSearchParam().setName("schedule").setType(SearchParamType.REFERENCE).setDocumentation("Schedule/<clinic id>");
            r.addSearchParam().setName("start").setType(SearchParamType.DATE).setDocumentation("ge<date> and le<date>; default 14 days from today");
            r.addSearchParam().setName("status").setType(SearchParamType.TOKEN).setDocumentation("free (the only status searchable)");
            r.addSearchParam().setName("service-type").setType(SearchParamType.TOKEN).setDocumentation("the clinic's service, e.g. Memory Service");
            r.addSearchParam().setName("appointment-type").setType(SearchParamType.TOKEN)
                    .setDocumentation(ClinicFhirMapper.APPOINTMENT_TYPE + "|ROUTINE (a new patient) or |FOLLOWUP");
            r.addSearchParam().setName("clinician").setType(SearchParamType.STRING).setDocumentation("the clinician's name as the clinic lists it");
            return r;
        };
    }

    @Produces
    FhirCapability appointment() {
        return () -> {
            var r = resource("Appointment");
            r.addInteraction().setCode(TypeRestfulInteraction.CREATE);
            r.addSearchParam().setName("patient").setType(SearchParamType.REFERENCE);
            r.addSearchParam().setName("date").setType(SearchParamType.DATE).setDocumentation("YYYY-MM-DD");
            r.addSearchParam().setName("schedule").setType(SearchParamType.REFERENCE)
                    .setDocumentation("Schedule/<clinic id>, with date: the clinic's list for that day, in slot order");
            return r;
        };
    }

    static CapabilityStatementRestResourceComponent resource(String type) {
        var r = new CapabilityStatementRestResourceComponent().setType(type)
                .setProfile(ClinicFhirMapper.PROFILE_BASE + "UKCore-" + type);
        r.addInteraction().setCode(TypeRestfulInteraction.READ);
        r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        return r;
    }
}
