-- Named leases that let one server instance at a time run a background job over the whole store
-- (the orphan reconciler). A lease whose holder died runs out at locked_until.
-- Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).

CREATE TABLE maintenance_lock (
    name          varchar(64)              NOT NULL,
    holder        varchar(64),
    locked_until  timestamp with time zone,
    CONSTRAINT maintenance_lock_pk PRIMARY KEY (name)
);

INSERT INTO maintenance_lock (name) VALUES ('orphan-reconciler');
