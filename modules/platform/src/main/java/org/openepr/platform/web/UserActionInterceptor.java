package org.openepr.platform.web;

import jakarta.annotation.Priority;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.trust.NoTrustBoundException;

/**
 * Turns every failure of a screen action into a message on the same page. The use case's transaction has already
 * rolled back, so "nothing was saved" is true. Getters and setters are not actions and pass straight through.
 */
@UserAction
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class UserActionInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UserActionInterceptor.class.getName());

    @AroundInvoke
    public Object act(InvocationContext invocation) throws Exception {
        String name = invocation.getMethod().getName();
        boolean accessor = name.startsWith("get") || name.startsWith("set") || name.startsWith("is");
        if (accessor || invocation.getMethod().getReturnType().isPrimitive() && invocation.getMethod().getReturnType() != void.class) {
            return invocation.proceed();
        }
        try {
            return invocation.proceed();
        } catch (Exception e) {
            if (FacesContext.getCurrentInstance() == null) {
                throw e;
            }
            show(e);
            return null; // stay on this page
        }
    }

    static void show(Exception thrown) {
        Throwable e = Failures.meaningful(thrown);
        if (e instanceof InvalidInputException invalid) {
            FacesProblems.show(invalid);
        } else if (e instanceof ConflictException conflict) {
            FacesProblems.field(conflict.field(), conflict.getMessage());
        } else if (e instanceof StaleEditException || e instanceof AccessRefusedException || e instanceof NoTrustBoundException) {
            FacesProblems.page(e.getMessage());
        } else if (e instanceof OptimisticLockException) {
            FacesProblems.page("Someone else changed this record while you were working on it. Nothing was saved: reopen it and try again.");
        } else if (e instanceof RecordNotFoundException) {
            FacesProblems.notFound(e.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            // value objects refuse bad input with words meant for the user
            FacesProblems.page(e.getMessage());
        } else if (Failures.isRefusedValue(e)) {
            LOG.log(Level.WARNING, "A value reached the database and was refused there; check it at the edge", e);
            FacesProblems.page("A value was not accepted, so nothing was saved. Check what you typed and try again.");
        } else {
            LOG.log(Level.SEVERE, "A screen action failed", thrown);
            FacesProblems.page("The action failed and nothing was saved. The error has been logged; try again, and tell the service desk if it happens again.");
        }
    }
}
