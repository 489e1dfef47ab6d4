package dev.dossier.domain.audit;

import java.util.Locale;

/** What was done to a confidential document. */
public enum AuditAction {
    READ,
    LINK_ISSUED,
    LINK_REDEEMED,
    DELETED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
