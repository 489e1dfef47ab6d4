package dev.dossier.domain.audit;

import java.util.Locale;

/** What was done: an access to a confidential document, or an upload refused by the malware scan. */
public enum AuditAction {
    READ,
    LINK_ISSUED,
    LINK_REDEEMED,
    DELETED,
    /** A file refused by the malware scan: no document exists, so the event names no document. */
    MALWARE_DETECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether every event of this action names the document it concerns. */
    public boolean concernsADocument() {
        return this != MALWARE_DETECTED;
    }
}
