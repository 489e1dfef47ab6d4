package dev.dossier.domain.audit;

import java.util.Locale;

/**
 * What was done: a state change of a document (any document), an access to a confidential one, an
 * upload refused by the malware scan, or the erasure of an entity.
 */
public enum AuditAction {
    UPLOADED,
    DELETED,
    VERIFIED,
    REJECTED,
    LEGAL_HOLD_PLACED,
    LEGAL_HOLD_LIFTED,
    RETENTION_EXPIRED,
    /** A file refused by the malware scan: no document exists, so the event names no document. */
    MALWARE_DETECTED,
    /** An entity and everything of it erased: the event names the entity, never a document. */
    ENTITY_ERASED,
    READ,
    LINK_ISSUED,
    LINK_REDEEMED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether every event of this action names the document it concerns (a hold may be on an entity). */
    public boolean concernsADocument() {
        return this != MALWARE_DETECTED
                && this != ENTITY_ERASED
                && this != LEGAL_HOLD_PLACED
                && this != LEGAL_HOLD_LIFTED;
    }
}
