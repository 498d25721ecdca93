package org.openepr.platform.trust;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.KeycloakAccounts.Account;

/**
 * A trust admin's staff accounts, inside their own trust only: the members of the trust's Keycloak group, invited with a
 * temporary password, their roles changed, disabled. A user is found only through this trust's group, so an id of
 * someone who is not a member (another trust's, forged) is "not found". A member of other trusts too (a locum) keeps
 * those: "disable" takes them out of this trust only, and their roles, which Keycloak holds for the whole realm, are
 * left to the hosting operator. Every change is in this trust's audit trail.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class TrustStaffAccounts {

    private static final Logger LOG = Logger.getLogger(TrustStaffAccounts.class.getName());

    /** The roles a trust admin may give; the operator's role is not among them. */
    public static final List<String> ASSIGNABLE = List.of(Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN);

    /** Most members one list shows. */
    public static final int MAX_LISTED = 500;

    /** A member of this trust as the admin sees them. */
    public record StaffAccount(String id, String username, String name, String email, boolean enabled, List<String> roles)
            implements java.io.Serializable {
        public String rolesText() {
            return roles.stream().map(Roles::label).collect(Collectors.joining(", "));
        }
    }

    /** An invitation made: the user name and the temporary password, shown once. */
    public record Invited(String userId, String username, String temporaryPassword) {
    }

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    TrustContext trustContext;

    @Inject
    AuditTrail audit;

    public List<StaffAccount> members() {
        return keycloak.membersOf(trustGroup(), MAX_LISTED).stream()
                .map(a -> new StaffAccount(a.id(), a.username(), a.name(), a.email(), a.enabled(), assignableRolesOf(a.id())))
                .sorted(Comparator.comparing(StaffAccount::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Invited invite(String name, String email, List<String> roles) {
        List<FieldProblem> problems = new ArrayList<>();
        String typedName = name == null ? "" : name.strip();
        int space = typedName.lastIndexOf(' ');
        if (space <= 0 || typedName.length() > 200) {
            problems.add(new FieldProblem("inviteName", "Give their first and last name, e.g. Amira Khan"));
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ENGLISH);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            problems.add(new FieldProblem("inviteEmail", "E-mail must be an address like amira.khan@nhs.net"));
        }
        rolesProblem(roles, "inviteRoles").ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String groupId = trustGroup();
        if (keycloak.userByUsername(address).isPresent() || keycloak.userByEmail(address).isPresent()) {
            throw new InvalidInputException("inviteEmail", "There is already an account for " + address
                    + ". If they work for another trust too, ask the hosting operator to add them to this trust.");
        }
        String password = TemporaryPasswords.next();
        String userId = keycloak.createUser(address, typedName.substring(0, space).strip(), typedName.substring(space + 1), address, password);
        try {
            keycloak.joinGroup(userId, groupId);
            keycloak.grantRealmRoles(userId, roles);
            audit.record(PlatformAudit.STAFF_ACCOUNT_INVITED, userId, null, typedName + " (" + address + ") as " + labels(roles));
        } catch (RuntimeException e) {
            // nothing half made: an account outside the trust or without its roles is removed again
            try {
                keycloak.deleteUser(userId);
            } catch (RuntimeException undo) {
                LOG.log(Level.WARNING, "Could not remove the half-made account " + address + " from Keycloak", undo);
            }
            throw e;
        }
        return new Invited(userId, address, password);
    }

    public void changeRoles(String userId, List<String> roles) {
        Account account = member(userId);
        rolesProblem(roles, "roles").ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        if (keycloak.groupsOf(userId).size() > 1) {
            throw new ConflictException("roles", account.name() + " works for other trusts too, and roles hold in all of them: "
                    + "ask the hosting operator to change them.");
        }
        List<String> before = assignableRolesOf(userId);
        if (account.username().equals(trustContext.caller().userId()) && !roles.contains(Roles.TRUST_ADMIN)) {
            throw new ConflictException("roles", "You cannot take the trust admin role from yourself: ask another trust admin.");
        }
        Set<String> grant = new HashSet<>(roles);
        grant.removeAll(before);
        Set<String> revoke = new HashSet<>(before);
        revoke.removeAll(roles);
        keycloak.grantRealmRoles(userId, grant);
        keycloak.revokeRealmRoles(userId, revoke);
        audit.record(PlatformAudit.STAFF_ROLES_CHANGED, userId, null, account.name() + ": " + labels(before) + " → " + labels(roles));
    }

    /** Disabled in this trust: their only trust → the account is disabled; a locum → taken out of this trust only. */
    public void disable(String userId) {
        Account account = member(userId);
        if (account.username().equals(trustContext.caller().userId())) {
            throw new ConflictException(null, "You cannot disable your own account: ask another trust admin.");
        }
        if (keycloak.groupsOf(userId).size() > 1) {
            keycloak.leaveGroup(userId, trustGroup());
            audit.record(PlatformAudit.STAFF_ACCOUNT_DISABLED, userId, null, account.name() + ": taken out of this trust (kept in their other trusts)");
        } else {
            keycloak.setEnabled(userId, false);
            audit.record(PlatformAudit.STAFF_ACCOUNT_DISABLED, userId, null, account.name() + ": account disabled");
        }
    }

    public void enable(String userId) {
        Account account = member(userId);
        keycloak.setEnabled(userId, true);
        audit.record(PlatformAudit.STAFF_ACCOUNT_ENABLED, userId, null, account.name());
    }

    /** The account, if it is a member of this trust's group; anyone else is not found, whoever they are. */
    private Account member(String userId) {
        if (userId == null || !userId.matches("[0-9a-fA-F-]{36}")) {
            throw new RecordNotFoundException("staff account");
        }
        Account account = keycloak.user(userId).orElseThrow(() -> new RecordNotFoundException("staff account"));
        if (!keycloak.groupsOf(userId).contains(trustContext.requireTrust().value())) {
            throw new RecordNotFoundException("staff account");
        }
        return account;
    }

    private String trustGroup() {
        String trust = trustContext.requireTrust().value();
        return keycloak.groupId(trust).orElseThrow(() -> new IllegalStateException("Keycloak has no group for trust " + trust));
    }

    private List<String> assignableRolesOf(String userId) {
        Set<String> held = keycloak.realmRolesOf(userId);
        return ASSIGNABLE.stream().filter(held::contains).toList();
    }

    private static java.util.Optional<FieldProblem> rolesProblem(List<String> roles, String field) {
        if (roles == null || roles.isEmpty()) {
            return java.util.Optional.of(new FieldProblem(field, "Choose at least one role"));
        }
        if (!ASSIGNABLE.containsAll(roles)) {
            return java.util.Optional.of(new FieldProblem(field, "Roles are chosen among " + labels(ASSIGNABLE)));
        }
        return java.util.Optional.empty();
    }

    private static String labels(List<String> roles) {
        return roles.isEmpty() ? "no role" : roles.stream().map(Roles::label).collect(Collectors.joining(", "));
    }
}
