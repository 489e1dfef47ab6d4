package dev.dossier.adapters.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the database connections the persistence unit holds from the server's pool
 * ({@link ConnectionCounts}): EclipseLink announces each connection it takes from the data source and
 * each it gives back (within a JTA transaction, from its first statement to its end; outside one,
 * around a query). Named in persistence.xml as the unit's session event listener, an EclipseLink
 * extension; without it the counts stay 0.
 */
public class ConnectionUsage extends SessionEventAdapter {
    @Override
    public void postAcquireConnection(SessionEvent event) {
        ConnectionCounts.taken();
    }

    @Override
    public void preReleaseConnection(SessionEvent event) {
        ConnectionCounts.givenBack();
    }
}
