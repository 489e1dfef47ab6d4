package dev.dossier.adapters.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database the contract tests run on: migrated once per test JVM (clean, then {@link DatabaseMigrator}),
 * emptied before each test, and reached through the production persistence unit switched to
 * RESOURCE_LOCAL with a non-JTA data source, as Java SE allows.
 */
abstract class TestDatabase {
    /** The tables in an order that deleting their rows respects the foreign keys. */
    private static final String[] TABLES = {
        "fulfillment",
        "webhook_delivery",
        "webhook_endpoint",
        "webhook_event",
        "required_document",
        "workflow",
        "direct_upload",
        "document_review_event",
        "idempotency_record",
        "download_token",
        "attachment",
        "file_question",
        "questionnaire_response",
        "audit_event",
        "audit_chain_head",
        "document",
        "data_key",
        "entity",
        "api_key",
        "legal_hold",
        "pending_object_deletion",
        "tenant",
        "server_secret"
    };

    private static final TestDatabase POSTGRES = new TestDatabase("postgres") {
        @Override
        DataSource newDataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(System.getProperty("dossier.test.db.url", "jdbc:postgresql://127.0.0.1:5432/dossier_test"));
            ds.setUser(System.getProperty("dossier.test.db.user", "dossier"));
            ds.setPassword(System.getProperty("dossier.test.db.password", "dossier"));
            return ds;
        }
    };

    private static final TestDatabase H2 = new TestDatabase("h2") {
        @Override
        DataSource newDataSource() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(h2Url(Path.of(System.getProperty("dossier.test.dir", "target"), "h2", "dossier-it")));
            ds.setUser("dossier");
            ds.setPassword("dossier");
            return ds;
        }
    };

    private final String name;
    private DataSource dataSource;
    /** Held open for the whole run: an H2 file database closes, slowly, whenever its last connection does. */
    private Connection keepOpen;

    private final Map<String, EntityManagerFactory> factories = new HashMap<>();

    private TestDatabase(String name) {
        this.name = name;
    }

    static TestDatabase postgres() {
        return POSTGRES;
    }

    static TestDatabase h2() {
        return H2;
    }

    /**
     * The embedded database's URL as the server uses it (scripts/run.sh): a file database in PostgreSQL
     * mode, lower-case identifiers, NULLs last as in PostgreSQL, and H2's session time zone left at
     * the JVM's, in which H2 reads {@code java.sql.Date} values; every commit written at once
     * (no write delay), so a process killed right after a commit keeps it.
     */
    static String h2Url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    abstract DataSource newDataSource();

    String name() {
        return name;
    }

    /** The migrated database, created on first use. */
    synchronized DataSource dataSource() {
        if (dataSource == null) {
            DataSource ds = newDataSource();
            try {
                keepOpen = ds.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException("the " + name + " test database cannot be reached", e);
            }
            Flyway.configure().dataSource(ds).cleanDisabled(false).load().clean();
            DatabaseMigrator.migrate(ds);
            dataSource = ds;
        }
        return dataSource;
    }

    /** The persistence unit "dossier" on this database, as one server instance sees it. */
    EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory("server-1");
    }

    /**
     * The persistence unit as the server instance {@code server} sees it: EclipseLink shares one session
     * per session name, so a different name is a different session with its own connections.
     */
    synchronized EntityManagerFactory entityManagerFactory(String server) {
        DataSource ds = dataSource();
        return factories.computeIfAbsent(server, s -> {
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.nonJtaDataSource", ds);
            properties.put("eclipselink.session-name", "dossier-" + name + "-" + s);
            properties.put("eclipselink.logging.level", System.getProperty("dossier.test.jpa.log", "WARNING"));
            return Persistence.createEntityManagerFactory("dossier", properties);
        });
    }

    /** Deletes every row, keeping the schema. */
    void deleteAllRows() {
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            boolean postgres = DatabaseProduct.isPostgreSql(c);
            if (postgres) {
                // the audit trail refuses deletes; the tests' owner role lifts that for the cleanup
                s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            }
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
            if (postgres) {
                s.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the " + name + " test database", e);
        }
    }
}
