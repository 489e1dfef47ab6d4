-- The audit trail becomes a tamper-evident hash chain per tenant: each event keeps its place in
-- its tenant's chain (from 1) and the SHA-256 over its content and the hash before it. The head
-- row of each tenant's chain is what appends lock, one after the other, whichever instance makes
-- them. The existing events are chained by the Java migration 10.1, the columns then made
-- mandatory by 10.2. Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).

ALTER TABLE audit_event ADD COLUMN chain_seq bigint;
ALTER TABLE audit_event ADD COLUMN chain_hash varchar(64);

CREATE TABLE audit_chain_head (
    tenant_id  uuid        NOT NULL,
    last_seq   bigint      NOT NULL,
    last_hash  varchar(64) NOT NULL,
    CONSTRAINT audit_chain_head_pk PRIMARY KEY (tenant_id),
    CONSTRAINT audit_chain_head_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
