package org.openepr.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.trust.NoTrustBoundException;

/**
 * A refusal met while a page renders (a role that may not see it, a module the trust has not taken, a record that
 * is not there) is answered with its own status and words on the error page, not as a server error.
 */
public class FacesErrors extends ExceptionHandlerFactory {

    public FacesErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable e = Failures.meaningful(events.next().getContext().getException());
                int status = e instanceof AccessRefusedException || e instanceof NoTrustBoundException ? 403
                        : e instanceof RecordNotFoundException ? 404 : e instanceof InvalidInputException ? 400 : 0;
                FacesContext faces = FacesContext.getCurrentInstance();
                if (status == 0 || faces.getExternalContext().isResponseCommitted()) {
                    continue;
                }
                events.remove();
                ((HttpServletRequest) faces.getExternalContext().getRequest()).setAttribute(Problems.MESSAGE, e.getMessage());
                try {
                    faces.getExternalContext().responseSendError(status, e.getMessage());
                } catch (IOException io) {
                    throw new IllegalStateException(io);
                }
                faces.responseComplete();
            }
            getWrapped().handle();
        }
    }
}
