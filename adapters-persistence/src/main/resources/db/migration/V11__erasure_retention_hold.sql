-- Erasure, legal hold and retention. Objects whose rows are gone wait in pending_object_deletion
-- until the store confirms their removal (a background job claims them by lease, so several
-- instances never work the same row at once). Runs unchanged on PostgreSQL 15 and H2 2.2
-- (MODE=PostgreSQL).

CREATE TABLE pending_object_deletion (
    id            uuid                     NOT NULL,
    -- 'DOCUMENT' (the document store) or 'QUARANTINE' (a direct upload's quarantined bytes)
    area          varchar(16)              NOT NULL,
    storage_key   varchar(512)             NOT NULL,
    created_at    timestamp with time zone NOT NULL,
    attempts      integer                  NOT NULL,
    -- the lease of the instance deleting it; NULL or past means free
    lease_owner   varchar(64),
    lease_until   timestamp with time zone,
    CONSTRAINT pending_object_deletion_pk PRIMARY KEY (id),
    CONSTRAINT pending_object_deletion_area_ck CHECK (area IN ('DOCUMENT', 'QUARANTINE'))
);

CREATE INDEX pending_object_deletion_work_ix ON pending_object_deletion (lease_until, created_at);

-- a legal hold on an entity or on one document; no foreign key, so that the target's own rows
-- decide existence and a hold never keeps a row alive by itself
CREATE TABLE legal_hold (
    tenant_id    uuid                     NOT NULL,
    target_kind  varchar(16)              NOT NULL,
    target_id    uuid                     NOT NULL,
    reason       varchar(1000)            NOT NULL,
    placed_at    timestamp with time zone NOT NULL,
    placed_by    varchar(254)             NOT NULL,
    CONSTRAINT legal_hold_pk PRIMARY KEY (tenant_id, target_kind, target_id),
    CONSTRAINT legal_hold_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT legal_hold_kind_ck CHECK (target_kind IN ('ENTITY', 'DOCUMENT'))
);

-- NULL keeps documents forever
ALTER TABLE tenant ADD COLUMN retention_documents_days integer;
ALTER TABLE tenant ADD CONSTRAINT tenant_retention_ck
    CHECK (retention_documents_days IS NULL OR retention_documents_days > 0);

-- the retention job's scan: oldest documents first
CREATE INDEX document_created_ix ON document (created_at, id);

-- a hold on an entity is audited against the entity, with no document
ALTER TABLE audit_event DROP CONSTRAINT audit_event_document_ck;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_document_ck
    CHECK (document_id IS NOT NULL
           OR action IN ('MALWARE_DETECTED', 'ENTITY_ERASED', 'LEGAL_HOLD_PLACED', 'LEGAL_HOLD_LIFTED'));
