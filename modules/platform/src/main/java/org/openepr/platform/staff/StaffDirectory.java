package org.openepr.platform.staff;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * The current trust's staff by user id, remembered from each one's verified token at sign-in, so screens name
 * people ("Amira Khan (Clinician)") instead of showing the sign-in server's ids. Another trust's staff are not here.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
public class StaffDirectory {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustContext trustContext;

    @Inject
    Clock clock;

    /** The caller signed in to the current trust: remember their name and roles as the token gives them now. */
    public void signedIn() {
        Caller caller = trustContext.caller();
        StaffMember member = em.find(StaffMember.class, caller.userId());
        if (member == null) {
            member = new StaffMember(caller.userId());
            member.signedIn(caller.displayName(), caller.roles(), clock.instant());
            em.persist(member);
        } else {
            member.signedIn(caller.displayName(), caller.roles(), clock.instant());
        }
    }

    /**
     * A staff member's name and role for a message a use case writes ("This record was changed by Amira Khan
     * (Clinician)"), or the user id where the person has not signed in to this trust yet.
     */
    @ReadsOnly
    @Access(module = Access.PLATFORM, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN,
            Roles.BACKGROUND}) // the whole-trust export writes summaries naming their authors
    public String nameOf(String userId) {
        if (userId == null) {
            return "someone";
        }
        StaffMember member = em.find(StaffMember.class, userId);
        return member == null ? userId : member.nameAndRole();
    }

    @ReadsOnly
    @Access(module = Access.PLATFORM, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN,
            Roles.BACKGROUND}) // the whole-trust export names staff in care teams
    public Map<String, StaffMember> all() {
        List<StaffMember> members = em.createQuery("select s from StaffMember s", StaffMember.class).getResultList();
        return members.stream().collect(Collectors.toMap(StaffMember::userId, Function.identity()));
    }
}
