package dev.dossier.adapters.rest.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Last resort: never a stack trace to the client; the log gets it under an incident id the body names. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.log(
                    Level.WARNING,
                    "the database does not answer: " + e.getClass().getName());
            return DatabaseOutage.response();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected error, incident " + incident, e);
        return ErrorBodies.json(500, Map.of("error", "Internal server error.", "incident", incident));
    }
}
