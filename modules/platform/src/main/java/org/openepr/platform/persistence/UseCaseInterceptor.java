package org.openepr.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.trust.TrustContext;

/**
 * Runs before every use case, inside its transaction ({@code @Transactional} is +200, this +300):
 * <ol>
 * <li>access: the caller's roles and the trust's modules against the use case's {@link Access}, on every call,
 * however it was reached;</li>
 * <li>both locks of trust isolation, once per transaction: the EclipseLink tenant property (the ORM filter) and
 * the PostgreSQL setting {@code epr.trust} the row-level security policies read, set local to the transaction so
 * it cannot leak to the next user of a pooled connection;</li>
 * <li>durability: a {@link ReadsOnly} transaction commits without waiting for the disk; any other waits.</li>
 * </ol>
 */
@TrustBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class UseCaseInterceptor {

    private static final String BOUND_KEY = UseCaseInterceptor.class.getName() + ".trust";
    static final String DURABLE_KEY = UseCaseInterceptor.class.getName() + ".durable";

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustContext trustContext;

    @Inject
    Permissions permissions;

    @Inject
    DatabaseSession databaseSession;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<Method, Boolean> readsOnly = new ConcurrentHashMap<>();

    @AroundInvoke
    public Object run(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        var access = permissions.accessOf(method);
        access.ifPresent(permissions::check);
        if (access.isPresent() && !access.get().inTrust()) {
            return invocation.proceed(); // the operator's actions on the instance: no trust, no clinical data
        }
        OdsCode trust = trustContext.requireTrust();
        boolean durable = !readsOnly.computeIfAbsent(method,
                m -> m.isAnnotationPresent(ReadsOnly.class) || m.getDeclaringClass().isAnnotationPresent(ReadsOnly.class));
        Object bound = transactions.getResource(BOUND_KEY);
        if (bound == null) {
            em.setProperty(TrustOwned.TRUST_PROPERTY, trust.value());
            databaseSession.bind(em, trust, durable);
            transactions.putResource(BOUND_KEY, trust);
            transactions.putResource(DURABLE_KEY, durable);
        } else if (!bound.equals(trust)) {
            throw new IllegalStateException("A transaction may not span two trusts");
        } else if (durable && Boolean.FALSE.equals(transactions.getResource(DURABLE_KEY))) {
            databaseSession.makeDurable(em);
            transactions.putResource(DURABLE_KEY, true);
        }
        return invocation.proceed();
    }
}
