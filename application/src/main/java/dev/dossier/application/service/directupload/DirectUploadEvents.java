package dev.dossier.application.service.directupload;

import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.directupload.UploadStatus;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The data of {@code direct_upload.*} events: the upload's id, its entity's id, its status and
 * when it settled, and once completed the document's id. Never the file name or the failure text.
 */
final class DirectUploadEvents {
    private DirectUploadEvents() {}

    static DomainEvent of(EventType type, DirectUpload upload) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("direct_upload_id", upload.id().value().toString());
        data.put(
                "document_id",
                upload.status() == UploadStatus.COMPLETE ? upload.id().value().toString() : null);
        data.put(
                "entity_id",
                upload.subjectRecordId() == null
                        ? null
                        : upload.subjectRecordId().value().toString());
        data.put("status", upload.status().name().toLowerCase(Locale.ROOT));
        data.put("settled_at", upload.updatedAt().toString());
        return DomainEvent.of(upload.tenantId(), type, upload.updatedAt(), data);
    }
}
