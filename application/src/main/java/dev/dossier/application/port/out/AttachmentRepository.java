package dev.dossier.application.port.out;

import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.attachment.AttachmentId;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Port: documents attached to questionnaire responses. */
public interface AttachmentRepository {
    /** Inserts a new attachment or updates a known one's flags. */
    void save(Attachment attachment);

    /** Whether any response references the document. */
    boolean existsForDocument(TenantId tenantId, DocumentId documentId);

    /** Whether the document was uploaded through a response (some attachment of it says so). */
    boolean existsUploadedThroughResponse(TenantId tenantId, DocumentId documentId);

    /** How many attachments reference the document. */
    long countForDocument(TenantId tenantId, DocumentId documentId);

    /** Empty when the attachment is missing or belongs to another tenant. */
    Optional<Attachment> findById(TenantId tenantId, AttachmentId id);

    /** A response's attachments, newest first ({@code created_at} descending, ties by id). */
    List<Attachment> listForResponse(TenantId tenantId, ResponseId responseId);

    /** A page of a response's attachments, newest first, by keyset. */
    KeysetSlice<Attachment> page(TenantId tenantId, ResponseId responseId, KeysetRequest request);

    /** Marks every attachment of the response submitted. */
    void markSubmitted(TenantId tenantId, ResponseId responseId);

    void delete(TenantId tenantId, AttachmentId id);
}
