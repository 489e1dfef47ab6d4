package dev.dossier.domain.event;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one shape of every {@code document.*} event's data, whichever use case reports it: the
 * document's id, its entity's id (null in the tenant's library), its type, classification, review
 * status as of the event and expiry date. Never its file name or user data.
 */
public final class DocumentEvents {
    private DocumentEvents() {}

    public static DomainEvent of(EventType type, Document document, Instant at) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("document_id", document.id().value().toString());
        data.put(
                "entity_id",
                document.owner() instanceof DocumentOwner.Entity entity
                        ? entity.entityId().value().toString()
                        : null);
        data.put("document_type", document.documentType());
        data.put("classification", document.classification().wireName());
        data.put(
                "status",
                document.statusOn(LocalDate.ofInstant(at, ZoneOffset.UTC)).wireName());
        data.put("expiry_date", document.expiryDate().map(LocalDate::toString).orElse(null));
        return DomainEvent.of(document.tenantId(), type, at, data);
    }
}
