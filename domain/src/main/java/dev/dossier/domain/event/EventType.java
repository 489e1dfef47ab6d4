package dev.dossier.domain.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of event a webhook endpoint may subscribe to, with their wire names. */
public enum EventType {
    DOCUMENT_CREATED("document.created"),
    DOCUMENT_DELETED("document.deleted"),
    DOCUMENT_VERIFIED("document.verified"),
    DOCUMENT_REJECTED("document.rejected"),
    DOCUMENT_EXPIRING("document.expiring"),
    DOCUMENT_EXPIRED("document.expired"),
    DIRECT_UPLOAD_COMPLETED("direct_upload.completed"),
    DIRECT_UPLOAD_FAILED("direct_upload.failed"),
    RESPONSE_SUBMITTED("response.submitted"),
    ENTITY_ERASED("entity.erased"),
    WORKFLOW_COMPLETED("workflow.completed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type with this wire name, if there is one (exact, lower case). */
    public static Optional<EventType> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wanted)).findFirst();
    }
}
