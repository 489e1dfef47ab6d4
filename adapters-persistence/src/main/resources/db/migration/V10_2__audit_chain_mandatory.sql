-- Every event is chained now (10.1): its place and hash are mandatory, and a place is held once.
ALTER TABLE audit_event ALTER COLUMN chain_seq SET NOT NULL;
ALTER TABLE audit_event ALTER COLUMN chain_hash SET NOT NULL;
CREATE UNIQUE INDEX audit_event_chain_ux ON audit_event (tenant_id, chain_seq);
