-- The audit trail is append-only for every role the triggers fire for: updating, deleting or
-- truncating audit rows raises an error (SQLSTATE 42501, insufficient_privilege). H2, the embedded
-- development database, has no PL/pgSQL; there the hash chain alone makes changes evident. A role
-- that owns the table can still disable the triggers, which the hash chain then shows.

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
