-- Encryption at rest: one data key per tenant library and per entity, stored only wrapped by a
-- master key (whose id, derived from the key, names it), and the data key each stored object is
-- encrypted with (NULL for objects stored in clear before encryption existed, until a background
-- job encrypts them in place). Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).

CREATE TABLE data_key (
    id               uuid                     NOT NULL,
    tenant_id        uuid                     NOT NULL,
    -- NULL for the tenant's own library
    entity_id        uuid,
    -- 'library' or the entity id: one key per owner, NULLs included
    owner_key        varchar(64)              NOT NULL,
    master_key_id    varchar(64)              NOT NULL,
    -- base64 of the wrapped key
    wrapped_key      varchar(1024)            NOT NULL,
    created_at       timestamp with time zone NOT NULL,
    CONSTRAINT data_key_pk PRIMARY KEY (id),
    CONSTRAINT data_key_owner_uk UNIQUE (tenant_id, owner_key),
    CONSTRAINT data_key_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- rotation re-wraps the keys of older master keys
CREATE INDEX data_key_master_key_ix ON data_key (master_key_id);

ALTER TABLE document ADD COLUMN data_key_id uuid;
ALTER TABLE document ADD CONSTRAINT document_data_key_fk FOREIGN KEY (data_key_id) REFERENCES data_key (id);

-- the objects still stored in clear, for the job that encrypts them
CREATE INDEX document_data_key_ix ON document (data_key_id, created_at);
