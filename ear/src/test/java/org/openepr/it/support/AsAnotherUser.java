package org.openepr.it.support;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * For in-container tests (added to the Arquillian archive): runs work in a request of its own, as another user of a
 * trust, on a managed thread, the way a second member of staff would reach the same use case. A refusal comes back as
 * the exception the use case threw.
 */
public final class AsAnotherUser {

    private AsAnotherUser() {
    }

    public static <T> T run(String ods, String user, Set<String> roles, Callable<T> work) {
        try {
            ManagedExecutorService executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            return executor.submit(() -> {
                RequestContextController request = CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                    CDI.current().select(TrustContext.class).get().bind(new Caller(user, user, "127.0.0.1", roles), OdsCode.of(ods));
                    return work.call();
                } finally {
                    request.deactivate();
                }
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException | javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
