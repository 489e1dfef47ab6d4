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
    void givenMigratedDatabase_whenInspected_thenEveryMigrationAppliedInOrderAndNothingPending() {
        var info = DatabaseMigrator.configure(database().dataSource()).info();

        // every migration of the module, in order; V1 is the core schema (later issues add theirs)
        assertThat(info.applied())
                .extracting(MigrationInfo::getVersion)
                .extracting(Object::toString)
                .containsExactlyElementsOf(MigrationFiles.versions(database() == TestDatabase.postgres()));
        assertThat(info.applied()[0].getDescription()).isEqualTo("core schema");
        assertThat(info.applied()).extracting(MigrationInfo::getDescription).contains("business review");
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

        assertThat(tables)
                .contains(
                        "tenant",
                        "api_key",
                        "entity",
                        "document",
                        "attachment",
                        "download_token",
                        "questionnaire_response",
                        "file_question",
                        "audit_event",
                        "idempotency_record",
                        "flyway_schema_history");
    }
}
