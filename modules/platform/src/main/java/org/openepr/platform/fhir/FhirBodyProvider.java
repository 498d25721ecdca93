package org.openepr.platform.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** Reads and writes FHIR resources as JSON with HAPI's parser. */
@Provider
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
@Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FhirBodyProvider implements MessageBodyReader<IBaseResource>, MessageBodyWriter<IBaseResource> {

    @Inject
    FhirSupport fhir;

    @Inject
    OperationOutcomes outcomes;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public IBaseResource readFrom(Class<IBaseResource> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                                  MultivaluedMap<String, String> headers, InputStream entity) {
        try {
            return fhir.json().parseResource(type, new InputStreamReader(entity, StandardCharsets.UTF_8));
        } catch (DataFormatException | ClassCastException e) {
            throw new WebApplicationException(Response.status(400).type(FhirSupport.FHIR_JSON)
                    .entity(outcomes.of("structure", "The body is not a valid FHIR " + type.getSimpleName() + ": " + e.getMessage()))
                    .build());
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(IBaseResource resource, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entity) throws java.io.IOException {
        // Encoded whole, then written once with its length: streamed, the encoder's many small writes each went out
        // as an HTTP chunk of their own (one system call per JSON token, a quarter of the server's CPU).
        byte[] json = fhir.json().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
        headers.putSingle("Content-Length", json.length);
        entity.write(json);
    }
}
