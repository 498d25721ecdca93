package org.openepr.platform.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.security.Roles;

/** A member of a trust's staff as their verified token named them at their last sign-in. */
@Entity
@Table(name = "staff_member")
public class StaffMember extends TrustOwned {

    @Id
    @Column(name = "user_id")
    private String userId;

    private String name;

    /** The application roles, comma-separated, in {@link Roles#ALL} order. */
    private String roles;

    @Column(name = "last_signed_in")
    private Instant lastSignedIn;

    protected StaffMember() {
    }

    StaffMember(String userId) {
        this.userId = userId;
    }

    /** Signed in again: the name and roles may have changed in the sign-in server since. */
    void signedIn(String name, Collection<String> roles, Instant at) {
        this.name = name == null || name.isBlank() ? userId : name.strip();
        this.roles = Roles.ALL.stream().filter(roles::contains).filter(r -> !r.equals(Roles.HOSTING_OPERATOR))
                .collect(Collectors.joining(","));
        this.lastSignedIn = at;
    }

    /**
     * Named by another trust's directory (a whole-trust import): taken only where that sign-in is newer than the one
     * here. The roles only name what the person did there; access comes from the token at each sign-in, never from here.
     */
    boolean signedInElsewhereLater(String name, Collection<String> roles, Instant at) {
        if (lastSignedIn != null && !at.isAfter(lastSignedIn)) {
            return false;
        }
        signedIn(name, roles, at);
        return true;
    }

    public String userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public List<String> roles() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }

    /** As staff read it: "Amira Khan (Clinician, Prescriber)". */
    public String nameAndRole() {
        List<String> held = roles();
        return held.isEmpty() ? name : name + " (" + held.stream().map(Roles::label).collect(Collectors.joining(", ")) + ")";
    }

    public Instant lastSignedIn() {
        return lastSignedIn;
    }
}
