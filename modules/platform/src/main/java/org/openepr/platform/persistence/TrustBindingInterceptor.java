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
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.TrustContext;

/**
 * Binds the request's trust to the current transaction, both locks at once: the EclipseLink tenant
 * property (the ORM filter) and the PostgreSQL setting {@code epr.trust} that the row-level security
 * policies read. Runs inside {@code @Transactional} (priority +200) so the setting is local to the
 * transaction and cannot leak to the next user of a pooled connection.
 */
@TrustBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class TrustBindingInterceptor {

    private static final String BOUND_KEY = TrustBindingInterceptor.class.getName();

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustContext trustContext;

    @Inject
    DatabaseSession databaseSession;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        OdsCode trust = trustContext.requireTrust();
        Object bound = transactions.getResource(BOUND_KEY);
        if (bound == null) {
            em.setProperty(TrustOwned.TRUST_PROPERTY, trust.value());
            databaseSession.setTrust(em, trust);
            transactions.putResource(BOUND_KEY, trust);
        } else if (!bound.equals(trust)) {
            throw new IllegalStateException("A transaction may not span two trusts");
        }
        return invocation.proceed();
    }
}
