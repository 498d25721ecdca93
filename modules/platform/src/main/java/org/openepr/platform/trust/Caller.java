package org.openepr.platform.trust;

import java.util.Collection;
import java.util.Set;

/**
 * Who is acting: the signed-in user as the verified token names them, the application roles the container
 * granted them, and where the request came from.
 */
public record Caller(String userId, String displayName, String fromAddress, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
