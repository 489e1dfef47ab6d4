package dev.dossier.adapters.persistence.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, makes the audit trail append-only for every role the triggers fire for: updating,
 * deleting or truncating audit rows raises an error. (H2, the embedded development database, has
 * no PL/pgSQL; there the chain alone makes changes evident.) A role that owns the table can still
 * disable the triggers — which the hash chain then shows.
 */
public class V10_3__Append_only_audit_trail extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP"
                    + " USING ERRCODE = 'insufficient_privilege'; END $$");
            s.execute("CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()");
            s.execute("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()");
        }
    }
}
