package dev.dossier.adapters.rest.errors;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;

/**
 * A failure whose cause is a database that does not answer (no connection to be had, a connection
 * lost or timed out): the client may retry later, so it gets 503 rather than 500.
 */
final class DatabaseOutage {
    static final String DETAIL = "Service temporarily unavailable.";
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseOutage() {}

    static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException) {
                return true;
            }
            // SQLState class 08: connection exception (PostgreSQL's driver uses 08001, 08004, 08006)
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    static Response response() {
        return Response.fromResponse(ErrorBodies.detail(503, DETAIL))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
