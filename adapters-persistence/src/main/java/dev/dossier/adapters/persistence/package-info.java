/**
 * Persistence adapter: the outgoing repository ports and the unit of work on JPA (EclipseLink),
 * with the schema kept by Flyway migrations under {@code db/migration}. JPA types stay inside
 * this package: repositories speak domain types and wrap every persistence failure in
 * {@link dev.dossier.adapters.persistence.PersistenceFailureException}.
 */
package dev.dossier.adapters.persistence;
