-- The audit trail covers every state change of every document, not only the accesses to
-- confidential ones: the action list grows to the whole contract. An entity's erasure is one event
-- that names the entity and no document, like a malware hit. Runs unchanged on PostgreSQL 15 and
-- H2 2.2 (MODE=PostgreSQL).

ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_ck;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_ck
    CHECK (action IN ('UPLOADED', 'DELETED', 'VERIFIED', 'REJECTED', 'LEGAL_HOLD_PLACED',
                      'LEGAL_HOLD_LIFTED', 'RETENTION_EXPIRED', 'MALWARE_DETECTED', 'ENTITY_ERASED',
                      'READ', 'LINK_ISSUED', 'LINK_REDEEMED'));

ALTER TABLE audit_event DROP CONSTRAINT audit_event_document_ck;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_document_ck
    CHECK (document_id IS NOT NULL OR action IN ('MALWARE_DETECTED', 'ENTITY_ERASED'));
