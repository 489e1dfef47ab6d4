package dev.dossier.adapters.rest.errors;

import dev.dossier.application.error.ApplicationException;
import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.IdempotencyConflictException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ScannerUnavailableException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.error.ValidationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Translates the use cases' errors into the Library/admin error bodies. */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<ApplicationException> {
    private static final Logger LOG = Logger.getLogger(ApplicationExceptionMapper.class.getName());

    @Override
    public Response toResponse(ApplicationException e) {
        if (e instanceof NotFoundException) {
            return ErrorBodies.detail(404, ErrorBodies.NOT_FOUND);
        }
        if (e instanceof ValidationException v) {
            return ErrorBodies.fields(v.fieldErrors());
        }
        if (e instanceof AuthenticationException a) {
            Response r = ErrorBodies.detail(
                    401,
                    a.reason() == AuthenticationException.Reason.MISSING
                            ? ErrorBodies.NO_CREDENTIALS
                            : ErrorBodies.INVALID_KEY);
            return Response.fromResponse(r)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build();
        }
        if (e instanceof ForbiddenException) {
            return ErrorBodies.detail(403, ErrorBodies.FORBIDDEN);
        }
        if (e instanceof IdempotencyConflictException c) {
            if (c.reason() == IdempotencyConflictException.Reason.IN_FLIGHT) {
                return Response.fromResponse(ErrorBodies.detail(409, c.getMessage()))
                        .header("Retry-After", "1")
                        .build();
            }
            return ErrorBodies.detail(422, c.getMessage());
        }
        if (e instanceof ScannerUnavailableException u) {
            return Response.fromResponse(ErrorBodies.errorWithReason(503, "File upload failed.", u.reason()))
                    .header("Retry-After", String.valueOf(u.retryAfter().toSeconds()))
                    .build();
        }
        if (e instanceof StorageFailureException s) {
            LOG.log(Level.SEVERE, "storage failure: " + s.reason(), s);
            return ErrorBodies.errorWithReason(500, "File upload failed.", s.reason());
        }
        LOG.log(Level.SEVERE, "unmapped application error", e);
        return ErrorBodies.json(500, java.util.Map.of("error", "Internal server error."));
    }
}
