package org.openepr.caserecord.application.careteam;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.careteam.CareTeam;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRepository;
import org.openepr.caserecord.domain.careteam.CareTeamRole;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * Adds a member of the trust's staff to a patient's care team in a service, with a role and dates; as the service's
 * lead professional if asked, when the service has none for those dates.
 */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class AddCareTeamMember {

    @Inject
    CareTeamRepository teams;

    @Inject
    PatientDirectory patients;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** As typed: service (free text), staff member (user id), role, lead or not, start and optional end (DD/MM/YYYY). */
    public record MemberForm(String service, String staffMember, String role, boolean lead, String start, String end) {
    }

    public CareTeamMember add(UUID patientId, MemberForm form) {
        patients.require(patientId);
        InputCheck check = new InputCheck();
        String service = check.field("service", () -> InputCheck.text("Service", form.service(), 80, true));
        StaffMember member = check.field("staffMember", () -> {
            if (form.staffMember() == null || form.staffMember().isBlank()) {
                throw new IllegalArgumentException("Choose a member of staff");
            }
            StaffMember m = staff.all().get(form.staffMember().strip());
            if (m == null) {
                throw new IllegalArgumentException("Not a member of this trust's staff");
            }
            return m;
        });
        CareTeamRole role = check.field("role", () -> role(form.role()));
        LocalDate start = check.field("start", () -> date("Start", form.start(), true));
        LocalDate end = check.field("end", () -> date("End", form.end(), false));
        check.throwIfAny();
        CareTeamMember.Membership membership = check.field("end", () -> new CareTeamMember.Membership(service, member.userId(), role, form.lead(), start, end));
        check.throwIfAny();
        CareTeam team = teams.teamOfForUpdate(patientId);
        CareTeamMember added;
        try {
            added = team.add(membership, trust.caller().userId(), clock.instant());
        } catch (CareTeam.LeadTaken e) {
            StaffMember lead = staff.all().get(e.lead().staffUserId());
            throw new ConflictException("lead", e.getMessage() + ": " + (lead == null ? e.lead().staffUserId() : lead.name()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("staffMember", e.getMessage());
        }
        try {
            teams.add(added);
        } catch (PersistenceException e) {
            // two people adding an open-ended lead for the service at the same moment: the database keeps one
            if (Failures.violated(e, CareTeamMember.ONE_OPEN_LEAD)) {
                throw new ConflictException("lead", "Someone has just made another person this service's lead professional: nothing was saved");
            }
            throw e;
        }
        audit.record(CareTeamAudit.CARE_TEAM_MEMBER_ADDED, added.id(), patientId, member.name() + ", " + role.label()
                + (form.lead() ? " (lead professional)" : "") + ", " + service + ", from " + UkDates.date(start)
                + (end == null ? "" : " to " + UkDates.date(end)));
        return added;
    }

    private static CareTeamRole role(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Role is required");
        }
        try {
            return CareTeamRole.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Role must be one of the listed roles");
        }
    }

    private LocalDate date(String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required (DD/MM/YYYY)");
            }
            return null;
        }
        LocalDate d = UkDates.parseTyped(text).orElseThrow(() -> new IllegalArgumentException(label + " must be a date written DD/MM/YYYY"));
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        if (d.isBefore(today.minusYears(50)) || d.isAfter(today.plusYears(2))) {
            throw new IllegalArgumentException(label + " must be within 50 years before and 2 years after today");
        }
        return d;
    }
}
