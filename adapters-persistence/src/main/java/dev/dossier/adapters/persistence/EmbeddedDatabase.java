package dev.dossier.adapters.persistence;

import java.nio.file.Path;

/**
 * The JDBC URL of the embedded H2 database, as this adapter's schema and mappings are tested with it:
 * a file database in PostgreSQL mode with lower-case identifiers and NULLs sorted last, as PostgreSQL
 * does. Leave the session time zone alone (no {@code TIME ZONE=...}): H2 reads the JDBC legacy
 * {@code java.sql.Date} values in it, which must be the JVM's zone.
 */
public final class EmbeddedDatabase {
    /** The options after the database path (H2 2.2 syntax). */
    public static final String URL_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** The H2 driver's data source class, for a server-defined connection pool. */
    public static final String DATA_SOURCE_CLASS = "org.h2.jdbcx.JdbcDataSource";

    private EmbeddedDatabase() {
    }

    /** {@code jdbc:h2:file:<absolute path>} plus {@link #URL_OPTIONS}; H2 adds {@code .mv.db} to the file name. */
    public static String url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + URL_OPTIONS;
    }
}
