package dev.dossier.adapters.rest.errors;

import dev.dossier.application.error.ContentIntegrityException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A stored file that fails its size or SHA-256 check while it is served. When it fails before the
 * response is committed (a file that fits the response buffer), the client gets this error in the
 * storage-failure format; a larger file's response is cut short instead. The log names the
 * document (the resource that serves it); the hashes stay out of the body.
 */
@Provider
public class ContentIntegrityExceptionMapper implements ExceptionMapper<ContentIntegrityException> {
    private static final String REASON = "The stored file failed its integrity check.";

    @Override
    public Response toResponse(ContentIntegrityException e) {
        return ErrorBodies.errorWithReason(500, "File download failed.", REASON);
    }
}
