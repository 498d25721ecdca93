package org.openepr.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.modules.Modules;
import org.openepr.platform.trust.NoTrustBoundException;
import org.openepr.platform.trust.TrustContext;

/**
 * Decides whether the current caller may run a use case, from the use case's own {@link Access}: the
 * interceptor asks before every call and refuses; screens ask to decide which buttons, menu entries and
 * panels to show, so what a user sees and what they may do never drift apart.
 */
@ApplicationScoped
public class Permissions {

    @Inject
    TrustContext trustContext;

    @Inject
    Modules modules;

    private final Map<Method, Optional<Access>> byMethod = new ConcurrentHashMap<>();

    /** The access a use-case method declares: its own, else its class's. */
    public Optional<Access> accessOf(Method method) {
        return byMethod.computeIfAbsent(method, m -> Optional.ofNullable(m.getAnnotation(Access.class))
                .or(() -> Optional.ofNullable(m.getDeclaringClass().getAnnotation(Access.class))));
    }

    /** May the caller use this use case at all (its class-level access)? */
    public boolean allows(Class<?> useCase) {
        Access access = useCase.getAnnotation(Access.class);
        return access != null && refusal(access).isEmpty();
    }

    /**
     * For a module's published api: the read, if the caller may run the use case behind it; else what stands for "none".
     * Asked first because a use case that refuses dooms the transaction it joins (the calling module's own action).
     */
    public <T> T ifAllowed(Class<?> useCase, Supplier<T> read, T otherwise) {
        return allows(useCase) ? read.get() : otherwise;
    }

    /** Refuses with the reason, or returns quietly. */
    public void check(Access access) {
        refusal(access).ifPresent(reason -> {
            if (access.inTrust() && trustContext.trust().isEmpty()) {
                throw new NoTrustBoundException();
            }
            throw new AccessRefusedException(reason);
        });
    }

    private static final List<String> WHOLE_TRUST = List.of(Roles.WHOLE_TRUST);

    Optional<String> refusal(Access access) {
        if (!trustContext.isBound()) {
            return Optional.of("No signed-in user");
        }
        List<String> roles = Arrays.asList(access.roles());
        if (!trustContext.caller().hasAnyRole(roles)) {
            return Optional.of("Your role does not allow this (it needs: " + String.join(", ", roles) + ")");
        }
        if (!access.inTrust()) {
            return Optional.empty();
        }
        if (trustContext.trust().isEmpty()) {
            return Optional.of(new NoTrustBoundException().getMessage());
        }
        if (!modules.isTaken(access.module()) && !trustContext.caller().hasAnyRole(WHOLE_TRUST)) {
            return Optional.of(modules.notTakenMessage(access.module()));
        }
        return Optional.empty();
    }
}
