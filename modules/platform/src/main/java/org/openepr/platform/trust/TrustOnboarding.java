package org.openepr.platform.trust;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.Modules;
import org.openepr.platform.releases.Release;
import org.openepr.platform.releases.Releases;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.KeycloakAccounts.KeycloakUnavailableException;
import org.openepr.platform.trust.OnboardingSteps.Step;

/**
 * The hosting operator onboards a trust: its record, its Keycloak group and its first trust admin's account, in that
 * order, with no restart and no file edited. All or nothing: the record is written in this use case's transaction and
 * committed last; whatever Keycloak made is deleted again if a later step or the commit fails. The admin's password is
 * temporary (Keycloak asks for a new one at the first sign-in) and is returned once, for the operator to pass on.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.HOSTING_OPERATOR, inTrust = false)
public class TrustOnboarding {

    private static final Logger LOG = Logger.getLogger(TrustOnboarding.class.getName());

    /** What the operator typed. */
    public record NewTrust(String odsCode, String name, String shortName, String colour, List<String> modules,
                           String adminName, String adminEmail) {
    }

    /** A trust onboarded: the steps, and the first admin's sign-in (user name and temporary password, shown once). */
    public record Onboarded(OdsCode trust, OnboardingSteps steps, String adminUsername, String temporaryPassword) {
    }

    @Inject
    TrustRegistry registry;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    Modules modules;

    @Inject
    AuditTrail audit;

    @Inject
    OperatorTrail failures;

    @Inject
    Clock clock;

    @Inject
    Releases releases;

    @Inject
    TrustContext context;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Onboarded onboard(NewTrust form) {
        Checked input = check(form);
        OnboardingSteps steps = new OnboardingSteps();
        Made made = new Made();
        try {
            steps.start(Step.CHECKS);
            precheckKeycloak(input);
            steps.done(Step.CHECKS, "ODS code and e-mail free in Keycloak");

            steps.start(Step.TRUST_RECORD);
            Trust trust = new Trust(input.ods, input.name, input.shortName, input.colour, input.modules, keycloak.realm(), clock.instant());
            if (!registry.onboardNew(trust)) {
                throw new InvalidInputException("odsCode", "ODS code " + input.ods + " is already in use by another trust on this instance");
            }
            // in the same transaction as the record: a trust never exists without its release
            Release release = releases.startOn(input.ods, null, context.caller().userId());
            steps.done(Step.TRUST_RECORD, input.ods + " " + input.name + ", on release " + release.label());

            steps.start(Step.KEYCLOAK_GROUP);
            made.groupId = keycloak.createGroup(input.ods.value(), input.shortName);
            steps.done(Step.KEYCLOAK_GROUP, "/" + input.ods.value());

            steps.start(Step.ADMIN_ACCOUNT);
            String password = TemporaryPasswords.next();
            made.userId = keycloak.createUser(input.adminUsername, input.adminFirstName, input.adminLastName, input.adminEmail, password);
            keycloak.joinGroup(made.userId, made.groupId);
            keycloak.grantRealmRoles(made.userId, List.of(Roles.TRUST_ADMIN));
            steps.done(Step.ADMIN_ACCOUNT, input.adminUsername + " (trust admin, temporary password)");

            steps.start(Step.DONE);
            audit.recordOperatorAction(PlatformAudit.TRUST_ONBOARDED, input.ods, input.name + " (" + input.shortName + "), modules "
                    + String.join(", ", input.modules) + "; Keycloak group /" + input.ods.value() + "; first trust admin " + input.adminUsername);
            // the commit is the last step: should it fail, what Keycloak made goes too
            transactions.registerInterposedSynchronization(made.undoUnlessCommitted(keycloak, steps));
            steps.done(Step.DONE, "");
            return new Onboarded(input.ods, steps, input.adminUsername, password);
        } catch (InvalidInputException e) {
            undo(made, steps);
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Onboarding " + input.ods + " failed at " + steps.current(), e);
            steps.failed(reason(e));
            undo(made, steps);
            String outcome = steps.nothingLeft() ? "nothing was created" : steps.leftOver();
            String message = (e instanceof KeycloakUnavailableException ? "Keycloak is not reachable" : "Onboarding failed at \""
                    + steps.current().label() + "\" (" + reason(e) + ")") + ": " + outcome + ".";
            failures.record(PlatformAudit.TRUST_ONBOARDING_FAILED, input.ods, message);
            throw new OnboardingFailedException(message, steps);
        }
    }

    /** The installed modules a trust may take (the shell's own pages come with every trust). */
    public List<ModuleDescriptor> choosableModules() {
        return modules.all().stream().filter(m -> !Access.PLATFORM.equals(m.name())).toList();
    }

    private void precheckKeycloak(Checked input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (keycloak.groupId(input.ods.value()).isPresent()) {
            problems.add(new FieldProblem("odsCode", "Keycloak already has a group " + input.ods + ": is this trust onboarded on another instance?"));
        }
        if (keycloak.userByUsername(input.adminUsername).isPresent() || keycloak.userByEmail(input.adminEmail).isPresent()) {
            problems.add(new FieldProblem("adminEmail", "There is already an account for " + input.adminEmail
                    + ": give the first admin an e-mail address no account uses"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Deletes what Keycloak made, newest first; the trust record goes with the rolled-back transaction. */
    private void undo(Made made, OnboardingSteps steps) {
        made.undo(keycloak, steps);
        steps.undone(Step.TRUST_RECORD);
    }

    private static String reason(RuntimeException e) {
        return e instanceof KeycloakUnavailableException ? "Keycloak is not reachable" : e.getMessage();
    }

    private record Checked(OdsCode ods, String name, String shortName, String colour, List<String> modules,
                           String adminFirstName, String adminLastName, String adminEmail, String adminUsername) {
    }

    /** Every field checked at once; each problem names its field. */
    private Checked check(NewTrust form) {
        List<FieldProblem> problems = new ArrayList<>();
        OdsCode ods = null;
        try {
            ods = OdsCode.of(form.odsCode());
            if (registry.find(ods).isPresent()) {
                problems.add(new FieldProblem("odsCode", "ODS code " + ods + " is already in use by " + registry.find(ods).get().name()));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("odsCode", e.getMessage()));
        }
        String name = strip(form.name());
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "Name is required (at most 200 characters), e.g. North East London NHS Foundation Trust"));
        }
        String shortName = strip(form.shortName());
        if (shortName.isEmpty() || shortName.length() > 20) {
            problems.add(new FieldProblem("shortName", "Short name is required (at most 20 characters), e.g. NELFT"));
        }
        String colour = strip(form.colour());
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            problems.add(new FieldProblem("colour", "Colour must be #rrggbb, e.g. #005EB8"));
        }
        List<String> known = choosableModules().stream().map(ModuleDescriptor::name).toList();
        List<String> chosen = form.modules() == null ? List.of() : form.modules().stream().map(String::strip).distinct().toList();
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem("modules", "Choose at least one module"));
        } else if (!known.containsAll(chosen)) {
            problems.add(new FieldProblem("modules", "Unknown module: choose among " + String.join(", ", known)));
        }
        String adminName = strip(form.adminName());
        int space = adminName.lastIndexOf(' ');
        if (space <= 0 || adminName.length() > 200) {
            problems.add(new FieldProblem("adminName", "Give the first admin's first and last name, e.g. Amira Khan"));
        }
        String email = strip(form.adminEmail()).toLowerCase(Locale.ENGLISH);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            problems.add(new FieldProblem("adminEmail", "E-mail must be an address like amira.khan@nhs.net"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(ods, name, shortName, colour.toUpperCase(Locale.ENGLISH), chosen, adminName.substring(0, space).strip(),
                adminName.substring(space + 1), email, email);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** What Keycloak has made so far for this onboarding, to delete again if it does not complete. */
    private static final class Made {
        volatile String groupId;
        volatile String userId;

        synchronized void undo(KeycloakAccounts keycloak, OnboardingSteps steps) {
            if (userId != null && attempt(() -> keycloak.deleteUser(userId))) {
                userId = null;
                steps.undone(Step.ADMIN_ACCOUNT);
            }
            if (groupId != null && attempt(() -> keycloak.deleteGroup(groupId))) {
                groupId = null;
                steps.undone(Step.KEYCLOAK_GROUP);
            }
            if (userId != null) {
                steps.leftInKeycloak("the admin's account (id " + userId + ")");
            }
            if (groupId != null) {
                steps.leftInKeycloak("the group (id " + groupId + ")");
            }
        }

        /** Tried twice: a delete that meets a passing fault is retried once before it is reported as left over. */
        private static boolean attempt(Runnable delete) {
            for (int i = 0; i < 2; i++) {
                try {
                    delete.run();
                    return true;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not undo an onboarding step in Keycloak", e);
                }
            }
            return false;
        }

        Synchronization undoUnlessCommitted(KeycloakAccounts keycloak, OnboardingSteps steps) {
            return new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        LOG.warning("Onboarding's transaction did not commit: deleting what Keycloak made");
                        undo(keycloak, steps);
                    }
                }
            };
        }
    }
}
