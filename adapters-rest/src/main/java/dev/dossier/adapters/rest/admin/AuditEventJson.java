package dev.dossier.adapters.rest.admin;

import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One audit event: who (key and email; none for a link redemption), what, when, from where, on
 * which document or entity (a malware hit and an erasure name no document), a detail (a hit's
 * signature), and its hash in the tenant's chain.
 */
@JsonbPropertyOrder({
    "id",
    "documentId",
    "entityId",
    "action",
    "detail",
    "actorKeyId",
    "actorEmail",
    "clientAddress",
    "occurredAt",
    "hash"
})
public record AuditEventJson(
        String id,
        String documentId,
        String entityId,
        String action,
        String detail,
        String actorKeyId,
        String actorEmail,
        String clientAddress,
        String occurredAt,
        String hash) {
    static AuditEventJson from(ChainedAuditEvent chained) {
        AuditEvent e = chained.event();
        return new AuditEventJson(
                e.id().toString(),
                e.documentId() == null ? null : e.documentId().toString(),
                e.entityId() == null ? null : e.entityId().toString(),
                e.action().wireName(),
                e.detail(),
                e.actorKeyId() == null ? null : e.actorKeyId().toString(),
                e.actorEmail(),
                e.clientAddress(),
                Timestamps.utc(e.occurredAt()),
                chained.hash());
    }
}
