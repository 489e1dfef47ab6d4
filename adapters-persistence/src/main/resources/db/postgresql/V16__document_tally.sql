-- Exact document counts without counting: one row per owner and combination of the labels the lists
-- filter on, kept by triggers in the transaction that inserts, deletes or relabels documents, so
-- every path counts (the upload surfaces, direct-upload promotion, deletion, erasure, retention, a
-- bulk INSERT ... SELECT). A list's total sums a handful of rows instead of walking the owner's
-- index. H2 has a view of the same name and columns (db/h2). Plans: docs/query-plans.md.
--
-- owner_id is the entity, or the nil UUID for the tenant's library (a key column cannot be NULL);
-- type_key is LOWER(document_type), as the v1/v2 type filter compares it. A row whose count reaches
-- 0 is deleted, so an erased entity leaves nothing here. Rows are changed in key order, so that
-- concurrent transactions lock them in the same order. A count that would go below 0 means the tally
-- lost a document and is an error (not a CHECK: PostgreSQL checks the proposed negative row of an
-- INSERT ... ON CONFLICT before it finds the conflict).

CREATE TABLE document_tally (
    tenant_id      uuid         NOT NULL,
    owner_id       uuid         NOT NULL,
    type_key       varchar(255) NOT NULL,
    business_type  varchar(32)  NOT NULL,
    review_status  varchar(16)  NOT NULL,
    documents      bigint       NOT NULL,
    CONSTRAINT document_tally_pk PRIMARY KEY (tenant_id, owner_id, type_key, business_type, review_status)
);

INSERT INTO document_tally (tenant_id, owner_id, type_key, business_type, review_status, documents)
SELECT tenant_id, COALESCE(entity_id, '00000000-0000-0000-0000-000000000000'::uuid), LOWER(document_type),
       business_type, review_status, COUNT(*)
  FROM document
 GROUP BY 1, 2, 3, 4, 5;

-- after the counts of removed documents were subtracted
CREATE FUNCTION document_tally_refuse_below_zero(below_zero bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF below_zero > 0 THEN
        RAISE EXCEPTION 'document_tally would count below 0: it is out of step with document';
    END IF;
END
$$;

-- inserted and deleted documents, once per statement (a bulk insert adds one row per key, not per
-- document)
CREATE FUNCTION document_tally_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    below_zero bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO document_tally AS t (tenant_id, owner_id, type_key, business_type, review_status, documents)
        SELECT tenant_id, COALESCE(entity_id, '00000000-0000-0000-0000-000000000000'::uuid),
               LOWER(document_type), business_type, review_status, COUNT(*)
          FROM new_rows
         GROUP BY 1, 2, 3, 4, 5
         ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (tenant_id, owner_id, type_key, business_type, review_status)
        DO UPDATE SET documents = t.documents + EXCLUDED.documents;
    ELSE
        WITH c AS (
            INSERT INTO document_tally AS t (tenant_id, owner_id, type_key, business_type, review_status, documents)
            SELECT tenant_id, COALESCE(entity_id, '00000000-0000-0000-0000-000000000000'::uuid),
                   LOWER(document_type), business_type, review_status, -COUNT(*)
              FROM old_rows
             GROUP BY 1, 2, 3, 4, 5
             ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT (tenant_id, owner_id, type_key, business_type, review_status)
            DO UPDATE SET documents = t.documents + EXCLUDED.documents
            RETURNING t.documents
        )
        SELECT COUNT(*) FILTER (WHERE documents < 0) INTO below_zero FROM c;
        PERFORM document_tally_refuse_below_zero(below_zero);
        DELETE FROM document_tally t
         USING (SELECT DISTINCT tenant_id, COALESCE(entity_id, '00000000-0000-0000-0000-000000000000'::uuid) AS owner_id
                  FROM old_rows) o
         WHERE t.tenant_id = o.tenant_id AND t.owner_id = o.owner_id AND t.documents = 0;
    END IF;
    RETURN NULL;
END
$$;

-- a document whose owner or counted labels changed (a review decision): one off, one on
CREATE FUNCTION document_tally_relabel() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    below_zero bigint;
BEGIN
    WITH c AS (
        INSERT INTO document_tally AS t (tenant_id, owner_id, type_key, business_type, review_status, documents)
        SELECT * FROM (VALUES
            (OLD.tenant_id, COALESCE(OLD.entity_id, '00000000-0000-0000-0000-000000000000'::uuid),
             LOWER(OLD.document_type), OLD.business_type, OLD.review_status, -1::bigint),
            (NEW.tenant_id, COALESCE(NEW.entity_id, '00000000-0000-0000-0000-000000000000'::uuid),
             LOWER(NEW.document_type), NEW.business_type, NEW.review_status, 1::bigint)) v
         ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (tenant_id, owner_id, type_key, business_type, review_status)
        DO UPDATE SET documents = t.documents + EXCLUDED.documents
        RETURNING t.documents
    )
    SELECT COUNT(*) FILTER (WHERE documents < 0) INTO below_zero FROM c;
    PERFORM document_tally_refuse_below_zero(below_zero);
    DELETE FROM document_tally t
     WHERE t.tenant_id = OLD.tenant_id
       AND t.owner_id = COALESCE(OLD.entity_id, '00000000-0000-0000-0000-000000000000'::uuid)
       AND t.documents = 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER document_tally_insert AFTER INSERT ON document
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION document_tally_statement();
CREATE TRIGGER document_tally_delete AFTER DELETE ON document
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION document_tally_statement();
CREATE TRIGGER document_tally_update AFTER UPDATE ON document
    FOR EACH ROW
    WHEN (OLD.tenant_id IS DISTINCT FROM NEW.tenant_id
       OR OLD.entity_id IS DISTINCT FROM NEW.entity_id
       OR LOWER(OLD.document_type) IS DISTINCT FROM LOWER(NEW.document_type)
       OR OLD.business_type IS DISTINCT FROM NEW.business_type
       OR OLD.review_status IS DISTINCT FROM NEW.review_status)
    EXECUTE FUNCTION document_tally_relabel();

-- the business `expired` and `verified` counts: verified documents whose expiry date has passed are
-- counted by date (the tally cannot know the day), an index range of the expired ones
CREATE INDEX document_owner_status_expiry_ix
    ON document (tenant_id, entity_id, review_status, expiry_date) INCLUDE (business_type);
