package org.openepr.webapp.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustStaffAccounts;
import org.openepr.platform.trust.TrustStaffAccounts.StaffAccount;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * The trust admin's staff accounts: the trust's members, an invitation (its temporary password shown in this view
 * only), one member's roles at a time, disable and enable. Every rule is the use case's; this page only shows.
 */
@Named
@ViewScoped
@UserAction
public class StaffAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrustStaffAccounts accounts;

    private List<StaffAccount> members;
    private String inviteName;
    private String inviteEmail;
    private List<String> inviteRoles = new ArrayList<>(List.of(Roles.CLINICIAN));
    private String invitedUsername;
    private String temporaryPassword;
    private String editing;
    private List<String> roles = new ArrayList<>();

    public List<StaffAccount> getMembers() {
        if (members == null) {
            members = accounts.members();
        }
        return members;
    }

    public void invite() {
        temporaryPassword = null;
        var invited = accounts.invite(inviteName, inviteEmail, inviteRoles);
        invitedUsername = invited.username();
        temporaryPassword = invited.temporaryPassword();
        FacesProblems.notice("Invited " + inviteName + ". Pass on their user name and temporary password below.");
        inviteName = inviteEmail = null;
        inviteRoles = new ArrayList<>(List.of(Roles.CLINICIAN));
        members = null;
    }

    public void edit(String userId) {
        editing = userId;
        roles = new ArrayList<>(getMembers().stream().filter(m -> m.id().equals(userId)).findFirst().map(StaffAccount::roles).orElse(List.of()));
    }

    public void saveRoles() {
        accounts.changeRoles(editing, roles);
        FacesProblems.notice("Roles changed");
        editing = null;
        members = null;
    }

    public void cancelEdit() {
        editing = null;
    }

    public void disable(String userId) {
        accounts.disable(userId);
        FacesProblems.notice("Disabled");
        members = null;
    }

    public void enable(String userId) {
        accounts.enable(userId);
        FacesProblems.notice("Enabled");
        members = null;
    }

    public List<String> getAssignableRoles() {
        return TrustStaffAccounts.ASSIGNABLE;
    }

    public String roleLabel(String role) {
        return Roles.label(role);
    }

    public String getEditingName() {
        return getMembers().stream().filter(m -> m.id().equals(editing)).findFirst().map(StaffAccount::name).orElse("");
    }

    public String getEditing() { return editing; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getInviteName() { return inviteName; }
    public void setInviteName(String inviteName) { this.inviteName = inviteName; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String inviteEmail) { this.inviteEmail = inviteEmail; }
    public List<String> getInviteRoles() { return inviteRoles; }
    public void setInviteRoles(List<String> inviteRoles) { this.inviteRoles = inviteRoles; }
    public String getInvitedUsername() { return invitedUsername; }
    public String getTemporaryPassword() { return temporaryPassword; }
}
