-- The document counts the lists return, by owner and the labels they filter on: on PostgreSQL a
-- table kept by triggers (db/postgresql); here, in the embedded single-server database, a view
-- with the same name and columns, counted when read.
CREATE VIEW document_tally (tenant_id, owner_id, type_key, business_type, review_status, documents) AS
SELECT tenant_id, COALESCE(entity_id, CAST('00000000-0000-0000-0000-000000000000' AS uuid)), LOWER(document_type),
       business_type, review_status, COUNT(*)
  FROM document
 GROUP BY tenant_id, COALESCE(entity_id, CAST('00000000-0000-0000-0000-000000000000' AS uuid)), LOWER(document_type),
          business_type, review_status;
