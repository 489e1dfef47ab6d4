package dev.dossier.domain.audit;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An append-only record of one audited act: who (the key, when there is one — a download link is
 * redeemed without credentials), what, when and from which address, on which document (none for a
 * malware hit, whose file never became one) or entity, and a short detail (a hit's signature name).
 * No event holds a file name or anything read from a file but a scanner's signature name.
 */
public record AuditEvent(
        UUID id,
        TenantId tenantId,
        DocumentId documentId,
        EntityId entityId,
        AuditAction action,
        ApiKeyId actorKeyId,
        String actorEmail,
        String clientAddress,
        String detail,
        Instant occurredAt) {
    public static final int MAX_ADDRESS_LENGTH = 64;
    public static final int MAX_DETAIL_LENGTH = 255;

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (action.concernsADocument()) {
            Objects.requireNonNull(documentId, "documentId");
        }
        if (clientAddress != null && clientAddress.length() > MAX_ADDRESS_LENGTH) {
            clientAddress = clientAddress.substring(0, MAX_ADDRESS_LENGTH);
        }
        if (detail != null && detail.length() > MAX_DETAIL_LENGTH) {
            detail = detail.substring(0, MAX_DETAIL_LENGTH);
        }
    }

    /** An event about one document, with no entity or detail (the confidential-document accesses). */
    public AuditEvent(
            UUID id,
            TenantId tenantId,
            DocumentId documentId,
            AuditAction action,
            ApiKeyId actorKeyId,
            String actorEmail,
            String clientAddress,
            Instant occurredAt) {
        this(id, tenantId, documentId, null, action, actorKeyId, actorEmail, clientAddress, null, occurredAt);
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

    /**
     * A file refused by the malware scan: its tenant, the entity it was for (none for the tenant's
     * library), the direct upload it came in as (none for a form upload), who sent it, and the
     * signature the scanner named.
     */
    public static AuditEvent malwareDetected(
            TenantId tenantId,
            EntityId entityId,
            DocumentId directUploadId,
            ApiKeyId actorKeyId,
            String actorEmail,
            String clientAddress,
            String signature,
            Instant now) {
        return new AuditEvent(
                UUID.randomUUID(),
                tenantId,
                directUploadId,
                entityId,
                AuditAction.MALWARE_DETECTED,
                actorKeyId,
                actorEmail,
                clientAddress,
                Objects.requireNonNull(signature, "signature"),
                now);
    }
}
