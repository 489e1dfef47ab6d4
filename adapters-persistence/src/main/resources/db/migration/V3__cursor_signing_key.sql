-- Secrets every server instance shares, kept in the database so that all instances see the same
-- value: the key Library v2 cursors are signed with (HMAC-SHA256). A row is inserted by whichever
-- instance needs the secret first (INSERT ... ON CONFLICT DO NOTHING, then read back) and never
-- changes afterwards. Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).
--
-- Cursor pages need no new index: document_owner_created_ix and entity_tenant_created_ix already
-- order each list by (created_at DESC, id DESC) after its filter columns.

CREATE TABLE server_secret (
    name        varchar(64)              NOT NULL,
    secret      varchar(256)             NOT NULL,
    created_at  timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT server_secret_pk PRIMARY KEY (name)
);
