package org.openepr.platform.fhir;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.trust.NoTrustBoundException;

/** Every API failure becomes an OperationOutcome with the right status; nothing internal leaks. */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Inject
    OperationOutcomes outcomes;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof InvalidInputException invalid) {
            return answer(400, outcomes.invalid(invalid.problems()));
        }
        if (e instanceof RecordNotFoundException || e instanceof NotFoundException) {
            return answer(404, outcomes.of("not-found", e instanceof RecordNotFoundException ? e.getMessage() : "No such resource"));
        }
        if (e instanceof ConflictException || e instanceof StaleEditException || e instanceof OptimisticLockException) {
            String message = e instanceof OptimisticLockException ? "The record was changed by someone else; read it again" : e.getMessage();
            return answer(409, outcomes.of("conflict", message));
        }
        if (e instanceof NoTrustBoundException) {
            return answer(403, outcomes.of("forbidden", e.getMessage()));
        }
        if (e instanceof NotAllowedException) {
            return answer(405, outcomes.of("not-supported", "Method not allowed here"));
        }
        if (e instanceof WebApplicationException web) {
            Response r = web.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            int status = r.getStatus();
            String code = status == 401 ? "login" : status == 403 ? "forbidden" : status == 415 ? "not-supported" : "processing";
            return answer(status, outcomes.of(code, status == 403 ? "You are not allowed to do this" : r.getStatusInfo().getReasonPhrase()));
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", e);
        return answer(500, outcomes.of("exception", "The request failed; nothing was saved"));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && !(current instanceof InvalidInputException || current instanceof RecordNotFoundException
                || current instanceof ConflictException || current instanceof StaleEditException
                || current instanceof NoTrustBoundException || current instanceof WebApplicationException)) {
            current = current.getCause();
        }
        return current;
    }

    private static Response answer(int status, Object outcome) {
        return Response.status(status).type(FhirSupport.FHIR_JSON).entity(outcome).build();
    }
}
