package org.openepr.caserecord.interfaces.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.openepr.caserecord.application.careteam.ReadCareTeam;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.fhir.SearchBundle;
import org.openepr.platform.fhir.SearchParams;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;

/**
 * FHIR CareTeam (UK Core): one per patient and service, named after the service, its id the id of the service's
 * first membership (so it never changes); participants with their role, "Lead professional" as a second role, and
 * dates. Read, and search by patient (every service, active and ended).
 */
@Path("CareTeam")
@ApplicationScoped
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK})
public class CareTeamResource {

    static final String PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-CareTeam";
    static final String STAFF = "https://openepr.org/fhir/Id/staff-user";
    static final String SNOMED = "http://snomed.info/sct";

    @Inject
    ReadCareTeam read;

    @Inject
    StaffDirectory staff;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public CareTeam readOne(@PathParam("id") String id) {
        UUID teamId = SearchParams.id("CareTeam", id);
        var view = read.ofMember(teamId);
        return teams(view).stream().filter(t -> t.getIdElement().getIdPart().equals(teamId.toString())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("care team"));
    }

    @GET
    public Bundle search(@QueryParam("patient") String patientParam, @QueryParam("status") String statusParam) {
        SearchParams.only("status", statusParam, List.of("active", "inactive"));
        UUID patient = SearchParams.requiredReference("patient", patientParam, "Patient");
        List<CareTeam> found = teams(read.of(patient)).stream()
                .filter(t -> statusParam == null || t.getStatus().toCode().equals(statusParam)).toList();
        return SearchBundle.of(uri, "CareTeam", found, t -> t);
    }

    private List<CareTeam> teams(ReadCareTeam.TeamView view) {
        Map<String, StaffMember> names = staff.all();
        Map<String, List<CareTeamMember>> byService = new LinkedHashMap<>();
        view.team().members().forEach(m -> byService.computeIfAbsent(m.serviceKey(), k -> new ArrayList<>()).add(m));
        List<CareTeam> teams = new ArrayList<>();
        byService.values().forEach(members -> teams.add(team(view, members, names)));
        return teams;
    }

    static CareTeam team(ReadCareTeam.TeamView view, List<CareTeamMember> members, Map<String, StaffMember> names) {
        LocalDate today = view.today();
        CareTeamMember first = members.stream().min(Comparator.comparing(CareTeamMember::addedAt).thenComparing(CareTeamMember::id)).orElseThrow();
        CareTeam t = new CareTeam();
        t.setId(first.id().toString());
        t.getMeta().addProfile(PROFILE);
        boolean active = members.stream().anyMatch(m -> m.isCurrentOn(today));
        t.setStatus(active ? CareTeamStatus.ACTIVE : CareTeamStatus.INACTIVE);
        t.setName(first.service());
        t.setSubject(new Reference("Patient/" + view.patient().id()));
        LocalDate start = members.stream().map(CareTeamMember::startDate).min(LocalDate::compareTo).orElseThrow();
        Period period = new Period().setStartElement(new DateTimeType(start.toString()));
        if (!active) {
            members.stream().map(CareTeamMember::endDate).filter(d -> d != null).max(LocalDate::compareTo)
                    .ifPresent(end -> period.setEndElement(new DateTimeType(end.toString())));
        }
        t.setPeriod(period);
        for (CareTeamMember m : members) {
            var p = t.addParticipant();
            CodeableConcept role = new CodeableConcept().setText(m.role().label());
            if (m.role().snomed() != null) {
                role.addCoding(new Coding(SNOMED, m.role().snomed(), m.role().label()));
            }
            p.addRole(role);
            if (m.lead()) {
                p.addRole(new CodeableConcept().setText("Lead professional"));
            }
            StaffMember who = names.get(m.staffUserId());
            p.setMember(new Reference().setType("Practitioner").setIdentifier(new Identifier().setSystem(STAFF).setValue(m.staffUserId()))
                    .setDisplay(who == null ? m.staffUserId() : who.name()));
            Period mp = new Period().setStartElement(new DateTimeType(m.startDate().toString()));
            if (m.endDate() != null) {
                mp.setEndElement(new DateTimeType(m.endDate().toString()));
            }
            p.setPeriod(mp);
        }
        return t;
    }
}
