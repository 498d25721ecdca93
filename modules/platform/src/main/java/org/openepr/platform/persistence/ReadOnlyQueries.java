package org.openepr.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * In a {@link ReadsOnly} use case nothing read will be changed, so a repository may ask EclipseLink for read-only
 * results: no copy registered in the transaction for change tracking, nothing compared at commit.
 */
@ApplicationScoped
public class ReadOnlyQueries {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Marks the query read-only when the current use case only reads; leaves it as it is otherwise. */
    public <Q extends Query> Q forThisUseCase(Q query) {
        if (Boolean.FALSE.equals(transactions.getResource(UseCaseInterceptor.DURABLE_KEY))) {
            query.setHint("eclipselink.read-only", "true");
        }
        return query;
    }
}
