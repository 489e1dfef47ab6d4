-- The business documents surface and the review lifecycle: a document's user data (the business
-- surface's free-form JSON object, kept as canonical text) and the history of review status changes.
--
-- Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL): keep to SQL both accept.

ALTER TABLE document ADD COLUMN user_data varchar(16384);

CREATE TABLE document_review_event (
    id           uuid                     NOT NULL,
    tenant_id    uuid                     NOT NULL,
    document_id  uuid                     NOT NULL,
    -- stored statuses only: EXPIRED is derived, never a recorded change
    from_status  varchar(16)              NOT NULL,
    to_status    varchar(16)              NOT NULL,
    -- the email of the API key that made the change
    actor        varchar(254)             NOT NULL,
    reason       varchar(2000),
    occurred_at  timestamp with time zone NOT NULL,
    CONSTRAINT document_review_event_pk PRIMARY KEY (id),
    CONSTRAINT document_review_event_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    -- a deleted document takes its history with it
    CONSTRAINT document_review_event_document_fk FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT document_review_event_from_ck CHECK (from_status IN ('PENDING', 'VERIFIED', 'REJECTED')),
    CONSTRAINT document_review_event_to_ck CHECK (to_status IN ('PENDING', 'VERIFIED', 'REJECTED'))
);

-- a document's history, newest first
CREATE INDEX document_review_event_document_ix ON document_review_event (document_id, occurred_at DESC, id DESC);
