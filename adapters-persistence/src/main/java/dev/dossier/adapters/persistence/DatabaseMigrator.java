package dev.dossier.adapters.persistence;

import dev.dossier.adapters.persistence.migration.V10_1__Chain_existing_audit_events;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema up to date with the Flyway migrations under {@code db/migration}
 * (PostgreSQL, or H2 in PostgreSQL mode), plus those of the database's own location. Call it once at
 * start-up, before the persistence unit is used, outside any container transaction (Flyway commits
 * each migration itself).
 */
public final class DatabaseMigrator {
    /** Where the migrations live, inside this module's jar (WEB-INF/lib of the WAR). */
    public static final String LOCATION = "classpath:db/migration";
    /**
     * Migrations only PostgreSQL runs (expression and partial indexes, the document tally's triggers),
     * numbered between the shared ones; H2, the embedded single-server database, has its own.
     */
    public static final String POSTGRESQL_LOCATION = "classpath:db/postgresql";
    /** Migrations only H2 runs: its form of what PostgreSQL does with triggers (the document tally view). */
    public static final String H2_LOCATION = "classpath:db/h2";

    private DatabaseMigrator() {}

    /** Applies the pending migrations and returns how many ran; throws if one fails or none can be found. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = configure(dataSource).migrate();
        return result.migrationsExecuted;
    }

    /**
     * The Flyway configuration this adapter's schema needs. Scanning uses the class loader of this
     * class, the one that sees this jar: in an application server the thread's context class loader
     * may be the server's, which cannot see WEB-INF/lib. A missing location is an error rather than a
     * silent no-op, so a packaging mistake fails the start-up instead of leaving an empty database. The
     * Java migrations are listed, not scanned for.
     */
    public static Flyway configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(
                        isPostgreSql(dataSource)
                                ? new String[] {LOCATION, POSTGRESQL_LOCATION}
                                : new String[] {LOCATION, H2_LOCATION})
                .javaMigrations(new V10_1__Chain_existing_audit_events())
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return DatabaseProduct.isPostgreSql(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
