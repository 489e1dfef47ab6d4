-- Events for webhook endpoints (an outbox written in the transaction of the change it reports),
-- the tenants' endpoints, and one delivery row per endpoint and event.
-- Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).

CREATE TABLE webhook_event (
    id          uuid                     NOT NULL,
    tenant_id   uuid                     NOT NULL,
    event_type  varchar(64)              NOT NULL,
    created_at  timestamp with time zone NOT NULL,
    -- the body as sent, {"id", "type", "created_at", "data"}: ids, types, statuses and dates only
    body        varchar(8000)            NOT NULL,
    -- false until the delivery worker has made its delivery rows (one per subscribed endpoint)
    fanned_out  boolean                  NOT NULL,
    CONSTRAINT webhook_event_pk PRIMARY KEY (id),
    CONSTRAINT webhook_event_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- the fan-out's work list
CREATE INDEX webhook_event_fan_out_ix ON webhook_event (fanned_out, created_at);

CREATE TABLE webhook_endpoint (
    id              uuid                     NOT NULL,
    tenant_id       uuid                     NOT NULL,
    url             varchar(2048)            NOT NULL,
    -- wire names separated by commas, or '*'
    events          varchar(1024)            NOT NULL,
    description     varchar(500),
    status          varchar(16)              NOT NULL,
    -- the signing secret, wrapped by the master key (never stored in clear)
    secret_key_id   varchar(64)              NOT NULL,
    -- base64 of the wrapped secret
    secret_wrapped  varchar(1024)            NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    CONSTRAINT webhook_endpoint_pk PRIMARY KEY (id),
    CONSTRAINT webhook_endpoint_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT webhook_endpoint_status_ck CHECK (status IN ('enabled', 'disabled'))
);

CREATE INDEX webhook_endpoint_tenant_ix ON webhook_endpoint (tenant_id, created_at, id);

CREATE TABLE webhook_delivery (
    id               uuid                     NOT NULL,
    tenant_id        uuid                     NOT NULL,
    endpoint_id      uuid                     NOT NULL,
    event_id         uuid                     NOT NULL,
    event_type       varchar(64)              NOT NULL,
    -- attempts made so far
    attempt          integer                  NOT NULL,
    status           varchar(16)              NOT NULL,
    response_status  integer,
    next_attempt_at  timestamp with time zone,
    created_at       timestamp with time zone NOT NULL,
    -- the instance sending the current attempt; NULL or past means free
    lease_owner      varchar(64),
    lease_until      timestamp with time zone,
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (id),
    CONSTRAINT webhook_delivery_once_uk UNIQUE (endpoint_id, event_id),
    CONSTRAINT webhook_delivery_endpoint_fk FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id)
        ON DELETE CASCADE,
    CONSTRAINT webhook_delivery_event_fk FOREIGN KEY (event_id) REFERENCES webhook_event (id) ON DELETE CASCADE,
    CONSTRAINT webhook_delivery_status_ck CHECK (status IN ('pending', 'succeeded', 'failed'))
);

-- the worker's work list and the endpoint's page of deliveries, newest first
CREATE INDEX webhook_delivery_due_ix ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_endpoint_ix ON webhook_delivery (endpoint_id, created_at, id);
