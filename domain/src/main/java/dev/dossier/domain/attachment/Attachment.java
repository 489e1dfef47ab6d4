package dev.dossier.domain.attachment;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A document used as the answer to one file question of one questionnaire response. While
 * any attachment references a document, the document cannot be deleted; removing the last
 * attachment of a document uploaded through a response deletes that document.
 */
public final class Attachment {
    private final AttachmentId id;
    private final TenantId tenantId;
    private final ResponseId responseId;
    private final DocumentId documentId;
    private final Integer fileQuestionId;
    private final boolean uploadedThroughResponse;
    private final Instant createdAt;
    private boolean flagged;
    private boolean submitted;

    private Attachment(
            AttachmentId id,
            TenantId tenantId,
            ResponseId responseId,
            DocumentId documentId,
            Integer fileQuestionId,
            boolean uploadedThroughResponse,
            boolean flagged,
            boolean submitted,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.responseId = Objects.requireNonNull(responseId, "responseId");
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.fileQuestionId = fileQuestionId;
        this.uploadedThroughResponse = uploadedThroughResponse;
        this.flagged = flagged;
        this.submitted = submitted;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Attaches a document to a response; {@code uploadedThroughResponse} marks a document the response owns. */
    public static Attachment attach(
            TenantId tenantId,
            ResponseId responseId,
            DocumentId documentId,
            Integer fileQuestionId,
            boolean uploadedThroughResponse,
            Instant now) {
        return new Attachment(
                AttachmentId.generate(),
                tenantId,
                responseId,
                documentId,
                fileQuestionId,
                uploadedThroughResponse,
                false,
                false,
                now);
    }

    /** Rebuilds an attachment from storage exactly as it was saved. */
    public static Attachment reconstitute(
            AttachmentId id,
            TenantId tenantId,
            ResponseId responseId,
            DocumentId documentId,
            Integer fileQuestionId,
            boolean uploadedThroughResponse,
            boolean flagged,
            boolean submitted,
            Instant createdAt) {
        return new Attachment(
                id,
                tenantId,
                responseId,
                documentId,
                fileQuestionId,
                uploadedThroughResponse,
                flagged,
                submitted,
                createdAt);
    }

    /**
     * Whether removing this attachment must also delete its document: it was uploaded here and nothing else uses it.
     */
    public boolean removalDeletesDocument(long otherReferences) {
        return uploadedThroughResponse && otherReferences == 0;
    }

    public void markSubmitted() {
        submitted = true;
    }

    public void flag() {
        flagged = true;
    }

    public AttachmentId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ResponseId responseId() {
        return responseId;
    }

    public DocumentId documentId() {
        return documentId;
    }

    public Integer fileQuestionId() {
        return fileQuestionId;
    }

    public boolean uploadedThroughResponse() {
        return uploadedThroughResponse;
    }

    public boolean flagged() {
        return flagged;
    }

    public boolean submitted() {
        return submitted;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
