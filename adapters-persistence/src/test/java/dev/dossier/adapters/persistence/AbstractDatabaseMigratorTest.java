package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/** Contract of {@link DatabaseMigrator}: the schema comes from Flyway alone, and migrating is idempotent. */
abstract class AbstractDatabaseMigratorTest {

    protected abstract TestDatabase database();

    @Test
    void givenMigratedDatabase_whenMigratedAgain_thenNothingRuns() {
        assertThat(DatabaseMigrator.migrate(database().dataSource())).isZero();
    }

    @Test
    void givenMigratedDatabase_whenInspected_thenEveryMigrationAppliedFromVersion1AndNothingPending() {
        var info = DatabaseMigrator.configure(database().dataSource()).info();

        // every migration on the classpath, in order (the core's V1, then one per later issue)
        assertThat(info.applied()).extracting(MigrationInfo::getVersion).extracting(Object::toString)
                .startsWith("1").containsExactlyElementsOf(
                        java.util.Arrays.stream(info.all()).map(m -> m.getVersion().toString()).toList());
        assertThat(info.applied()[0].getDescription()).isEqualTo("core schema");
        assertThat(info.pending()).isEmpty();
    }

    @Test
    void givenMigratedDatabase_whenTablesListed_thenEveryMappedTableExists() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = database().dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }

        assertThat(tables).contains("tenant", "api_key", "entity", "document", "attachment", "download_token",
                "direct_upload", "workflow", "required_document", "fulfillment", "flyway_schema_history");
    }
}
