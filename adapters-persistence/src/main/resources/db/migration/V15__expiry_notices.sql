-- When each document's expiry notices were sent: the expiry-notice job claims a document by a
-- conditional UPDATE of one of these columns (IS NULL -> now), so that of several server instances
-- exactly one publishes document.expiring, and later document.expired, for it.
-- Each index leads with its notice column: the job's "not yet sent, date in range" is a range
-- scan of the IS NULL prefix, however many documents were notified before.
-- Runs unchanged on PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).

ALTER TABLE document ADD COLUMN expiring_notice_at timestamp with time zone;
ALTER TABLE document ADD COLUMN expired_notice_at timestamp with time zone;

CREATE INDEX document_expiring_notice_idx ON document (expiring_notice_at, expiry_date);
CREATE INDEX document_expired_notice_idx ON document (expired_notice_at, expiry_date);
