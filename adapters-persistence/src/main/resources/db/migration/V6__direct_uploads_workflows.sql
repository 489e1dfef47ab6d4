-- Direct uploads (document.create: a presigned upload waiting in quarantine, then promoted to a
-- document with the same id) and workflows with their required documents and fulfillments.
-- Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).

CREATE TABLE direct_upload (
    -- the id of the document the upload becomes
    id                 uuid                     NOT NULL,
    tenant_id          uuid                     NOT NULL,
    subject_record_id  uuid                     NOT NULL,
    file_name          varchar(255)             NOT NULL,
    size_bytes         bigint                   NOT NULL,
    quarantine_key     varchar(512)             NOT NULL,
    document_key       varchar(512)             NOT NULL,
    uploaded_by        varchar(254)             NOT NULL,
    created_at         timestamp with time zone NOT NULL,
    expires_at         timestamp with time zone NOT NULL,
    updated_at         timestamp with time zone NOT NULL,
    status             varchar(16)              NOT NULL,
    sha256             varchar(64),
    failure_reason     varchar(2000),
    -- a settled upload's quarantine key is cleared once more after the expiry (a late re-post)
    quarantine_purged  boolean                  NOT NULL,
    -- the lease of the server instance working on it; NULL or past means free
    lease_owner        varchar(64),
    lease_until        timestamp with time zone,
    CONSTRAINT direct_upload_pk PRIMARY KEY (id),
    CONSTRAINT direct_upload_quarantine_key_uk UNIQUE (quarantine_key),
    CONSTRAINT direct_upload_document_key_uk UNIQUE (document_key),
    CONSTRAINT direct_upload_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT direct_upload_subject_fk FOREIGN KEY (tenant_id, subject_record_id) REFERENCES entity (tenant_id, id),
    CONSTRAINT direct_upload_size_ck CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    CONSTRAINT direct_upload_status_ck CHECK (status IN ('PENDING', 'COMPLETE', 'FAILED')),
    CONSTRAINT direct_upload_outcome_ck CHECK (
        (status = 'PENDING' AND sha256 IS NULL AND failure_reason IS NULL)
        OR (status = 'COMPLETE' AND sha256 IS NOT NULL AND failure_reason IS NULL)
        OR (status = 'FAILED' AND failure_reason IS NOT NULL))
);

-- the sweep's work list: uploads that still need an instance's attention
CREATE INDEX direct_upload_work_ix ON direct_upload (status, quarantine_purged, lease_until);

CREATE TABLE workflow (
    id                 uuid                     NOT NULL,
    tenant_id          uuid                     NOT NULL,
    subject_record_id  uuid                     NOT NULL,
    workflow_type      varchar(32)              NOT NULL,
    workflow_status    varchar(16)              NOT NULL,
    created_at         timestamp with time zone NOT NULL,
    updated_at         timestamp with time zone NOT NULL,
    CONSTRAINT workflow_pk PRIMARY KEY (id),
    CONSTRAINT workflow_tenant_id_uk UNIQUE (tenant_id, id),
    CONSTRAINT workflow_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT workflow_subject_fk FOREIGN KEY (tenant_id, subject_record_id) REFERENCES entity (tenant_id, id),
    CONSTRAINT workflow_type_ck CHECK (workflow_type IN
        ('BUSINESS_APPLICATION', 'BUSINESS_UNDERWRITING', 'ACCOUNT_PROVISIONING')),
    CONSTRAINT workflow_status_ck CHECK (workflow_status IN ('IN_PROGRESS', 'COMPLETED'))
);

CREATE TABLE required_document (
    id                  uuid                     NOT NULL,
    tenant_id           uuid                     NOT NULL,
    workflow_id         uuid                     NOT NULL,
    document_type_code  varchar(64)              NOT NULL,
    name                varchar(255)             NOT NULL,
    category            varchar(32)              NOT NULL,
    requirement_text    varchar(2000),
    created_at          timestamp with time zone NOT NULL,
    CONSTRAINT required_document_pk PRIMARY KEY (id),
    CONSTRAINT required_document_workflow_fk FOREIGN KEY (tenant_id, workflow_id) REFERENCES workflow (tenant_id, id)
);

CREATE INDEX required_document_workflow_ix ON required_document (workflow_id, created_at DESC, id DESC);

CREATE TABLE fulfillment (
    id                    uuid                     NOT NULL,
    tenant_id             uuid                     NOT NULL,
    workflow_id           uuid                     NOT NULL,
    required_document_id  uuid                     NOT NULL,
    document_id           uuid                     NOT NULL,
    created_at            timestamp with time zone NOT NULL,
    CONSTRAINT fulfillment_pk PRIMARY KEY (id),
    CONSTRAINT fulfillment_pair_uk UNIQUE (required_document_id, document_id),
    CONSTRAINT fulfillment_workflow_fk FOREIGN KEY (tenant_id, workflow_id) REFERENCES workflow (tenant_id, id),
    CONSTRAINT fulfillment_required_document_fk FOREIGN KEY (required_document_id) REFERENCES required_document (id),
    -- deleting a document (Library DELETE) takes its fulfillments with it
    CONSTRAINT fulfillment_document_fk FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);

CREATE INDEX fulfillment_workflow_ix ON fulfillment (workflow_id, created_at DESC, id DESC);
CREATE INDEX fulfillment_document_ix ON fulfillment (document_id);
