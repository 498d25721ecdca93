package org.openepr.platform.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.BackgroundWork;
import org.openepr.platform.trust.KeycloakAccounts;
import org.openepr.platform.trust.KeycloakAccounts.KeycloakRefusedException;
import org.openepr.platform.trust.KeycloakAccounts.KeycloakUnavailableException;

/**
 * The leaving trust's accounts and group in Keycloak, through the provisioning service account (manage-users covers
 * it all: no further role). First every member of the trust's group is listed with what is to be done (written before
 * anything changes), then each is done and checked off: an account in no other trust is disabled and signed out
 * (disabled, not deleted: see docs/offboarding.md); a locum only leaves this trust's group and keeps the account; last
 * the group is deleted. Each step may be done twice harmlessly, so an attempt cut short by Keycloak is finished by the
 * next one from the list, never left half done. Runs off any transaction; each checkpoint is the worker's own.
 */
@ApplicationScoped
class KeycloakCleanUp {

    private static final Logger LOG = Logger.getLogger(KeycloakCleanUp.class.getName());

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    BackgroundWork background;

    @Inject
    ErasureSteps steps;

    /** One attempt: true once Keycloak holds nothing of the trust; false (WAITING, with why) if Keycloak failed. */
    boolean attempt(OdsCode trust, UUID id) {
        Erasure erasure = worker(trust, () -> steps.progress(id));
        if (erasure.keycloak().done()) {
            return true;
        }
        try {
            Optional<String> group = keycloak.groupId(trust.value());
            if (!erasure.keycloak().planned()) {
                List<ErasedAccount> accounts = group.map(g -> plan(trust, g)).orElse(List.of());
                erasure = worker(trust, () -> steps.planAccounts(id, accounts));
            }
            for (ErasedAccount account : erasure.keycloak().accounts()) {
                if (account.done()) {
                    continue;
                }
                if (account.action() == ErasedAccount.Action.DISABLE) {
                    disable(account.userId());
                } else if (group.isPresent()) {
                    leave(account.userId(), group.get());
                } // no group left: the membership went with it
                worker(trust, () -> {
                    steps.accountDone(id, account.userId());
                    return null;
                });
            }
            group.ifPresent(keycloak::deleteGroup);
            Erasure planned = erasure;
            long disabled = planned.keycloak().accounts().stream().filter(a -> a.action() == ErasedAccount.Action.DISABLE).count();
            long left = planned.keycloak().accounts().size() - disabled;
            String outcome = (group.isPresent() ? "group /" + trust + " deleted" : "no group /" + trust + " in Keycloak") + "; "
                    + disabled + " account(s) disabled (in no other trust), " + left + " locum(s) left this trust's group and keep their account";
            worker(trust, () -> {
                steps.keycloakCleaned(id, outcome);
                return null;
            });
            return true;
        } catch (KeycloakUnavailableException | KeycloakRefusedException e) {
            String why = (e instanceof KeycloakUnavailableException ? "Keycloak is not reachable" : e.getMessage())
                    + ": the accounts and group of " + trust + " are cleaned up when it answers (at the next start, or Retry on the console);"
                    + " the erasure of the rows does not wait for it";
            LOG.warning(() -> "Keycloak clean-up of erasure " + id + ": " + why);
            worker(trust, () -> {
                steps.keycloakWaiting(id, why);
                return null;
            });
            return false;
        }
    }

    /** Every member of the group: disabled if the group is their only trust, else taken out of this trust only. */
    private List<ErasedAccount> plan(OdsCode trust, String groupId) {
        List<ErasedAccount> accounts = new ArrayList<>();
        for (KeycloakAccounts.Account member : keycloak.everyMemberOf(groupId)) {
            Set<String> others = new TreeSet<>(keycloak.groupsOf(member.id()));
            others.remove(trust.value());
            accounts.add(new ErasedAccount(member.id(), member.username(),
                    others.isEmpty() ? ErasedAccount.Action.DISABLE : ErasedAccount.Action.LEAVE_GROUP, String.join(", ", others), false));
        }
        return accounts;
    }

    private void disable(String userId) {
        try {
            keycloak.setEnabled(userId, false);
            keycloak.signOut(userId);
        } catch (KeycloakRefusedException e) {
            if (e.status() != 404) { // deleted meanwhile: nothing left to disable
                throw e;
            }
        }
    }

    private void leave(String userId, String groupId) {
        try {
            keycloak.leaveGroup(userId, groupId);
        } catch (KeycloakRefusedException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    private <T> T worker(OdsCode trust, Supplier<T> work) {
        return background.inTrust(trust, ErasureRunner.WORKER, work);
    }
}
