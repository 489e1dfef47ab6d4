-- Indexes for what the lists filter on and what the background jobs look for, on PostgreSQL only
-- (expression and partial indexes; H2, the embedded single-server database, migrates without them).
-- DatabaseMigrator adds this location when the database is PostgreSQL. Plans at 1M documents:
-- docs/query-plans.md.

-- v1/v2 lists: one owner, the type label compared case-insensitively, newest first; the label
-- itself included so that the count is an index-only scan
CREATE INDEX document_owner_type_ix
    ON document (tenant_id, entity_id, LOWER(document_type), created_at DESC, id DESC) INCLUDE (document_type);

-- business lists: one business, its type or its stored review status, newest first
CREATE INDEX document_owner_business_type_ix
    ON document (tenant_id, entity_id, business_type, created_at DESC, id DESC);
CREATE INDEX document_owner_review_status_ix
    ON document (tenant_id, entity_id, review_status, created_at DESC, id DESC);

-- the direct-upload sweep's work list, in the order it takes it; settled and cleared uploads are
-- nearly all of the table and none of the index
CREATE INDEX direct_upload_due_ix
    ON direct_upload (lease_until NULLS FIRST, created_at, id)
    WHERE status = 'PENDING' OR quarantine_purged = FALSE;

-- the purge of settled uploads
CREATE INDEX direct_upload_settled_ix
    ON direct_upload (updated_at)
    WHERE status <> 'PENDING' AND quarantine_purged = TRUE;

-- the purge of spent links: expired ones, and redeemed ones (a few of the table at any time)
CREATE INDEX download_token_expires_ix ON download_token (expires_at);
CREATE INDEX download_token_redeemed_ix ON download_token (redeemed_at) WHERE redeemed_at IS NOT NULL;
