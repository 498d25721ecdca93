package org.openepr.caserecord.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.careteam.AddCareTeamMember;
import org.openepr.caserecord.application.careteam.EndCareTeamMembership;
import org.openepr.caserecord.application.careteam.ReadCareTeam;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRole;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** A patient's care team: each service's lead professional and members; add someone, end a membership. */
@Named
@ViewScoped
@UserAction
public class CareTeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadCareTeam read;

    @Inject
    AddCareTeamMember add;

    @Inject
    EndCareTeamMembership end;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Permissions permissions;

    @Inject
    ServiceClock clock;

    /** A member of staff to choose: user id and "Name (Role)". */
    public record StaffChoice(String userId, String name) implements Serializable {
    }

    private String patient;
    private UUID patientId;
    private ReadCareTeam.TeamView team;
    private List<StaffChoice> staff;
    private String service;
    private String staffMember;
    private String role = CareTeamRole.CARE_COORDINATOR.name();
    private boolean lead;
    private String start;
    private String until;
    private String endOn;

    public void load() {
        if (patientId == null) {
            patientId = Ids.of("patient", patient);
            team = read.of(patientId);
            start = UkDates.typed(clock.today());
            if (isCanChange()) {
                // clinical staff of the trust who have signed in (the directory knows them from their token)
                staff = staffDirectory.all().values().stream().filter(m -> m.roles().contains(Roles.CLINICIAN))
                        .sorted(Comparator.comparing(m -> m.name().toLowerCase(java.util.Locale.ROOT)))
                        .map(m -> new StaffChoice(m.userId(), m.nameAndRole())).toList();
            }
        }
    }

    public void addMember() {
        CareTeamMember m = add.add(patientId, new AddCareTeamMember.MemberForm(service, staffMember, role, lead, start, until));
        FacesProblems.notice(m.role().label() + (m.lead() ? " (lead professional)" : "") + " added to " + m.service());
        staffMember = null;
        lead = false;
        until = null;
        team = read.of(patientId);
    }

    public void endMembership(CareTeamMember m) {
        end.end(m.id(), m.version(), endOn);
        FacesProblems.notice(m.role().label() + " in " + m.service() + ": membership ended");
        endOn = null;
        team = read.of(patientId);
    }

    public boolean isCanChange() {
        return permissions.allows(AddCareTeamMember.class);
    }

    public CareTeamRole[] getRoles() { return CareTeamRole.values(); }
    public List<StaffChoice> getStaff() { return staff; }
    public ReadCareTeam.TeamView getTeam() { return team; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getService() { return service; }
    public void setService(String v) { service = v; }
    public String getStaffMember() { return staffMember; }
    public void setStaffMember(String v) { staffMember = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public boolean isLead() { return lead; }
    public void setLead(boolean v) { lead = v; }
    public String getStart() { return start; }
    public void setStart(String v) { start = v; }
    public String getUntil() { return until; }
    public void setUntil(String v) { until = v; }
    public String getEndOn() { return endOn; }
    public void setEndOn(String v) { endOn = v; }
}
