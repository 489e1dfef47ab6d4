package dev.dossier.domain.audit;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An append-only record of one access to a confidential document: who (the key, when there
 * is one — a download link is redeemed without credentials), what, when and from which address.
 */
public record AuditEvent(
        UUID id,
        TenantId tenantId,
        DocumentId documentId,
        AuditAction action,
        ApiKeyId actorKeyId,
        String actorEmail,
        String clientAddress,
        Instant occurredAt) {
    public static final int MAX_ADDRESS_LENGTH = 64;

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (clientAddress != null && clientAddress.length() > MAX_ADDRESS_LENGTH) {
            clientAddress = clientAddress.substring(0, MAX_ADDRESS_LENGTH);
        }
    }

    public static AuditEvent record(
            TenantId tenantId,
            DocumentId documentId,
            AuditAction action,
            ApiKeyId actorKeyId,
            String actorEmail,
            String clientAddress,
            Instant now) {
        return new AuditEvent(
                UUID.randomUUID(), tenantId, documentId, action, actorKeyId, actorEmail, clientAddress, now);
    }
}
