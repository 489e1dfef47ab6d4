package dev.dossier.application.port.out;

import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;

/** Port: documents attached to questionnaire responses. */
public interface AttachmentRepository {
    void save(Attachment attachment);

    /** Whether any response references the document. */
    boolean existsForDocument(TenantId tenantId, DocumentId documentId);
}
