package dev.dossier.adapters.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unreadable bodies: 400, 413 or 415 {@code {"detail": "..."}}. */
@Provider
public class MalformedRequestExceptionMapper implements ExceptionMapper<MalformedRequestException> {
    @Override
    public Response toResponse(MalformedRequestException e) {
        return ErrorBodies.detail(e.status(), e.getMessage());
    }
}
