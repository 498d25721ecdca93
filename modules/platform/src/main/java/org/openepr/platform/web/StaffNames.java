package org.openepr.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;

/**
 * Staff by name and role on screens: {@code #{staff.name(a.actor())}} shows "Amira Khan (Clinician)". The id is
 * shown only for someone the trust's directory does not know (never signed in to a screen since it was kept).
 * The directory is read once per request, however many lines name staff.
 */
@Named("staff")
@RequestScoped
public class StaffNames {

    @Inject
    StaffDirectory directory;

    @Inject
    Permissions permissions;

    private Map<String, StaffMember> known;

    public String name(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        StaffMember member = known().get(userId);
        return member == null ? userId : member.nameAndRole();
    }

    private Map<String, StaffMember> known() {
        if (known == null) {
            // the operator (no trust) and role-less callers see no trust's staff: ids stay ids
            known = permissions.allows(StaffDirectory.class) ? directory.all() : Map.of();
        }
        return known;
    }
}
