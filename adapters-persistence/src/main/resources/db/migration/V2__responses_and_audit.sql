-- Questionnaire responses, their file questions, and the audit trail of confidential documents.
-- Runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).

CREATE TABLE questionnaire_response (
    id            uuid                     NOT NULL,
    tenant_id     uuid                     NOT NULL,
    entity_id     uuid                     NOT NULL,
    status        varchar(16)              NOT NULL,
    created_at    timestamp with time zone NOT NULL,
    submitted_at  timestamp with time zone,
    CONSTRAINT questionnaire_response_pk PRIMARY KEY (id),
    CONSTRAINT questionnaire_response_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    -- a response belongs to an entity of its own tenant
    CONSTRAINT questionnaire_response_entity_fk FOREIGN KEY (tenant_id, entity_id) REFERENCES entity (tenant_id, id),
    CONSTRAINT questionnaire_response_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT questionnaire_response_submitted_ck CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL)
);
CREATE INDEX questionnaire_response_tenant_ix ON questionnaire_response (tenant_id, created_at DESC, id DESC);

CREATE TABLE file_question (
    response_id    uuid         NOT NULL,
    position       integer      NOT NULL,
    question_id    integer      NOT NULL,
    document_type  varchar(255) NOT NULL,
    CONSTRAINT file_question_pk PRIMARY KEY (response_id, position),
    CONSTRAINT file_question_id_uk UNIQUE (response_id, question_id),
    CONSTRAINT file_question_response_fk FOREIGN KEY (response_id) REFERENCES questionnaire_response (id)
        ON DELETE CASCADE,
    CONSTRAINT file_question_id_ck CHECK (question_id > 0)
);

-- V1 left this out until responses existed
ALTER TABLE attachment ADD CONSTRAINT attachment_response_fk
    FOREIGN KEY (response_id) REFERENCES questionnaire_response (id);

-- Append-only: the application only ever inserts; document_id has no foreign key on purpose,
-- because the trail must outlive the document it describes.
CREATE TABLE audit_event (
    id              uuid                     NOT NULL,
    tenant_id       uuid                     NOT NULL,
    document_id     uuid                     NOT NULL,
    action          varchar(32)              NOT NULL,
    actor_key_id    uuid,
    actor_email     varchar(254),
    client_address  varchar(64),
    occurred_at     timestamp with time zone NOT NULL,
    CONSTRAINT audit_event_pk PRIMARY KEY (id),
    CONSTRAINT audit_event_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT audit_event_action_ck CHECK (action IN ('READ', 'LINK_ISSUED', 'LINK_REDEEMED', 'DELETED'))
);
CREATE INDEX audit_event_tenant_ix ON audit_event (tenant_id, occurred_at DESC, id DESC);
CREATE INDEX audit_event_document_ix ON audit_event (tenant_id, document_id, occurred_at DESC, id DESC);
