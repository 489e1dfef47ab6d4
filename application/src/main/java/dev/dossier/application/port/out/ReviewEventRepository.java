package dev.dossier.application.port.out;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;

/** Port: the recorded review status changes of documents. */
public interface ReviewEventRepository {
    void append(ReviewEvent event);

    /** One document's events, newest first ({@code occurred_at} descending, ties by id); empty for another tenant's. */
    List<ReviewEvent> listForDocument(TenantId tenantId, DocumentId documentId);
}
