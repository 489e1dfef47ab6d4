package dev.dossier.adapters.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unparseable bodies: 400 {@code {"detail": "..."}}. */
@Provider
public class MalformedRequestExceptionMapper implements ExceptionMapper<MalformedRequestException> {
    @Override
    public Response toResponse(MalformedRequestException e) {
        return ErrorBodies.detail(400, e.getMessage());
    }
}
