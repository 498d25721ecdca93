package org.openepr.platform.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.trust.NoTrustBoundException;

/**
 * Every API failure becomes an OperationOutcome with the right status, for every module: bad input 400 naming
 * the parameter or field, not found 404, refused 403, conflicts 409, protocol errors (method, media type) their
 * own 4xx. Only a fault of the server itself is a 500, logged, with nothing internal in the answer.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Inject
    OperationOutcomes outcomes;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = Failures.meaningful(thrown);
        if (e instanceof RuleRefusedException refused) {
            return answer(422, outcomes.refused(refused.problems()));
        }
        if (e instanceof InvalidInputException invalid) {
            return answer(400, outcomes.invalid(invalid.problems()));
        }
        if (e instanceof RecordNotFoundException || e instanceof NotFoundException) {
            return answer(404, outcomes.of("not-found", e instanceof RecordNotFoundException ? e.getMessage() : "No such resource"));
        }
        if (e instanceof IfMatch.PreconditionFailedException) {
            return answer(412, outcomes.of("conflict", e.getMessage()));
        }
        if (e instanceof ConflictException || e instanceof StaleEditException || e instanceof OptimisticLockException) {
            String message = e instanceof OptimisticLockException ? "The record was changed by someone else; read it again" : e.getMessage();
            return answer(409, outcomes.of("conflict", message));
        }
        if (e instanceof NoTrustBoundException || e instanceof AccessRefusedException) {
            return answer(403, outcomes.of("forbidden", e.getMessage()));
        }
        if (e instanceof NotAllowedException) {
            return answer(405, outcomes.of("not-supported", "This method is not supported on this resource"));
        }
        if (e instanceof NotSupportedException) {
            return answer(415, outcomes.of("not-supported", "Send the body as application/fhir+json"));
        }
        if (e instanceof NotAcceptableException) {
            return answer(406, outcomes.of("not-supported", "This server answers in application/fhir+json only"));
        }
        if (e instanceof DataFormatException || e instanceof JsonException || e instanceof ProcessingException) {
            return answer(400, outcomes.of("structure", "The body is not a valid FHIR JSON resource"));
        }
        if (e instanceof WebApplicationException web) {
            Response r = web.getResponse();
            if (r.hasEntity() && r.getStatus() < 500) {
                return r;
            }
            int status = r.getStatus();
            if (status < 500) {
                String code = status == 401 ? "login" : status == 403 ? "forbidden" : "invalid";
                return answer(status, outcomes.of(code, status == 403 ? "You are not allowed to do this" : r.getStatusInfo().getReasonPhrase()));
            }
        }
        if (Failures.isRefusedValue(e)) {
            // the database refused a value the edge should have caught: still the client's input, still a 400
            LOG.log(Level.WARNING, "A value reached the database and was refused there; check it at the edge", e);
            return answer(400, outcomes.of("invalid", "A value in the request was not accepted; nothing was saved"));
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", thrown);
        return answer(500, outcomes.of("exception", "The request failed; nothing was saved"));
    }

    private static Response answer(int status, Object outcome) {
        return Response.status(status).type(FhirSupport.FHIR_JSON).entity(outcome).build();
    }
}
