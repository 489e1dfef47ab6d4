package dev.dossier.adapters.rest.business;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.entity.EntityId;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A document's review history: every status change, newest first. */
@JsonbPropertyOrder({"documentId", "businessId", "events", "totalCount"})
public record ReviewHistoryJson(String documentId, String businessId, List<EventJson> events, int totalCount) {

    /** One status change: from and to, by whom (the API key's email), when and why. */
    @JsonbPropertyOrder({"id", "fromStatus", "toStatus", "changedBy", "changedAt", "reason"})
    public record EventJson(
            String id,
            String fromStatus,
            String toStatus,
            String changedBy,
            String changedAt,
            @JsonbNillable(false) String reason) {
        static EventJson from(ReviewEvent e) {
            return new EventJson(
                    BusinessParams.urn(e.id()),
                    e.from().wireName(),
                    e.to().wireName(),
                    e.actor(),
                    BusinessDocumentJson.time(e.occurredAt()),
                    e.reason());
        }
    }

    static ReviewHistoryJson from(EntityId business, DocumentId document, List<ReviewEvent> events) {
        return new ReviewHistoryJson(
                BusinessParams.urn(document.value()),
                BusinessParams.urn(business.value()),
                events.stream().map(EventJson::from).toList(),
                events.size());
    }
}
