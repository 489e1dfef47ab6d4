-- The tenant's library is the documents whose entity_id IS NULL. PostgreSQL does not take IS NULL as
-- fixing a column's value, so document_owner_created_ix and document_owner_type_ix cannot give a
-- library list its order: every first page and every cursor page of the library sorted all of the
-- library's documents. Partial indexes of the library alone give that order after tenant_id (and
-- the type key); plans in docs/query-plans.md.
CREATE INDEX document_library_created_ix
    ON document (tenant_id, created_at DESC, id DESC) WHERE entity_id IS NULL;
CREATE INDEX document_library_type_ix
    ON document (tenant_id, LOWER(document_type), created_at DESC, id DESC) INCLUDE (document_type)
    WHERE entity_id IS NULL;
