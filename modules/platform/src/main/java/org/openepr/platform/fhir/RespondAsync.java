package org.openepr.platform.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.openepr.platform.errors.InvalidInputException;

/**
 * FHIR asynchronous requests (the Bulk Data kick-off): the client must send {@code Prefer: respond-async}. The
 * platform reads the header, so no resource class reads request headers.
 */
@RequestScoped
public class RespondAsync {

    public static final String HEADER = "Prefer";

    @Inject
    HttpServletRequest request;

    /** Refuses (400, naming the header) a request that did not ask for an asynchronous answer. */
    public void require() {
        String prefer = request.getHeader(HEADER);
        if (prefer == null || !prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
            throw new InvalidInputException(HEADER, "This operation runs in the background: send the header Prefer: respond-async");
        }
    }
}
