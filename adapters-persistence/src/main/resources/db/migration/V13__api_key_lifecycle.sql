-- API keys that expire, can be revoked and remember their last use (to the minute); and the index
-- the admin list of tenants pages on, newest first.
-- Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).

ALTER TABLE api_key ADD COLUMN expires_at timestamp with time zone;
ALTER TABLE api_key ADD COLUMN revoked_at timestamp with time zone;
ALTER TABLE api_key ADD COLUMN last_used_at timestamp with time zone;

CREATE INDEX tenant_created_ix ON tenant (created_at DESC, id DESC);
