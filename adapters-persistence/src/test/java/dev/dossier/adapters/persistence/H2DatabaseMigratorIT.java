package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * {@link AbstractDatabaseMigratorTest} on the embedded H2 database, plus what the embedded default
 * depends on: a new database file is created and migrated, and a restart finds nothing to do.
 */
class H2DatabaseMigratorIT extends AbstractDatabaseMigratorTest {
    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }

    private static DataSource freshDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(TestDatabase.h2Url(Path.of(
                System.getProperty("dossier.test.dir", "target"), "h2", "migrator-" + UUID.randomUUID(), "dossier")));
        ds.setUser("dossier");
        ds.setPassword("");
        return ds;
    }

    @Test
    void givenNewDatabaseFile_whenMigratedThenRestarted_thenMigratedOnceOnly() {
        DataSource ds = freshDatabase();
        int migrations = DatabaseMigrator.configure(ds).info().pending().length;

        assertThat(DatabaseMigrator.migrate(ds))
                .isEqualTo(MigrationFiles.versions().size());
        assertThat(DatabaseMigrator.migrate(ds)).isZero();
    }

    /**
     * As in an application server: the migrations sit in this module's jar, loaded by a class loader of
     * its own, while the thread's context class loader cannot see that jar. Failsafe tests the packaged
     * jar, so this is the artifact the WAR will carry in WEB-INF/lib.
     */
    @Test
    void givenMigrationsInsideTheJar_whenTheContextClassLoaderCannotSeeThem_thenStillFoundAndApplied()
            throws Exception {
        URL moduleJar =
                DatabaseMigrator.class.getProtectionDomain().getCodeSource().getLocation();
        assertThat(moduleJar.getPath())
                .as("failsafe runs against the packaged jar")
                .endsWith(".jar");
        List<URL> urls = new ArrayList<>(List.of(moduleJar));
        for (String dependency : List.of(
                "org.flywaydb.core.Flyway",
                "tools.jackson.databind.ObjectMapper",
                "tools.jackson.core.JsonParser",
                "com.fasterxml.jackson.annotation.JsonProperty")) {
            urls.add(Class.forName(dependency)
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation());
        }
        DataSource ds = freshDatabase();
        var pending = DatabaseMigrator.configure(ds).info().pending();
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (URLClassLoader webInfLib =
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> migrator = webInfLib.loadClass(DatabaseMigrator.class.getName());
            assertThat(migrator).isNotSameAs(DatabaseMigrator.class);
            Method migrate = migrator.getMethod("migrate", DataSource.class);
            thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());

            assertThat(migrate.invoke(null, ds))
                    .isEqualTo(MigrationFiles.versions().size());
        } finally {
            thread.setContextClassLoader(context);
        }
        assertThat(Flyway.configure().dataSource(ds).load().info().current().getVersion())
                .hasToString(
                        MigrationFiles.versions().get(MigrationFiles.versions().size() - 1));
    }
}
