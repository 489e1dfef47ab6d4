-- Idempotency records: one row per tenant and Idempotency-Key, inserted (and committed) before the
-- request's work starts, so that concurrent requests on any server instance find it. While the
-- request runs, completed_at, response_status and response_body are NULL; afterwards they hold the
-- answer that repeats of the request replay. Server errors (5xx) are never recorded.
--
-- Runs unchanged on PostgreSQL 15 and on H2 2.2 (MODE=PostgreSQL), like V1.

CREATE TABLE idempotency_record (
    tenant_id        uuid                     NOT NULL,
    idempotency_key  varchar(255)             NOT NULL,
    -- the claim of the request that owns the row: only it may complete or release the row
    claim_id         uuid                     NOT NULL,
    -- SHA-256 of the request's meaningful parts (method, path, key, fields, file digest)
    fingerprint      varchar(64)              NOT NULL,
    created_at       timestamp with time zone NOT NULL,
    completed_at     timestamp with time zone,
    response_status  integer,
    response_body    varchar(1000000),
    CONSTRAINT idempotency_record_pk PRIMARY KEY (tenant_id, idempotency_key),
    CONSTRAINT idempotency_record_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT idempotency_record_completion_ck CHECK (
        (completed_at IS NULL AND response_status IS NULL AND response_body IS NULL)
        OR (completed_at IS NOT NULL AND response_status IS NOT NULL AND response_body IS NOT NULL)),
    CONSTRAINT idempotency_record_status_ck CHECK (response_status IS NULL OR response_status BETWEEN 100 AND 499)
);

-- the purge of records older than 24 hours
CREATE INDEX idempotency_record_created_ix ON idempotency_record (created_at);
