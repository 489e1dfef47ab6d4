package dev.dossier.application.fakes;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.attachment.AttachmentId;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Test fake of {@link AttachmentRepository}. */
public final class InMemoryAttachmentRepository implements AttachmentRepository {
    private final List<Attachment> rows = new ArrayList<>();
    private RuntimeException saveFailure;

    /** Makes every later save throw {@code failure}, as a database refusing the row would. */
    public synchronized void failSavesWith(RuntimeException failure) {
        this.saveFailure = failure;
    }

    @Override
    public synchronized void save(Attachment attachment) {
        if (saveFailure != null) {
            throw saveFailure;
        }
        rows.removeIf(a -> a.id().equals(attachment.id()));
        rows.add(attachment);
    }

    @Override
    public synchronized boolean existsForDocument(TenantId tenantId, DocumentId documentId) {
        return countForDocument(tenantId, documentId) > 0;
    }

    @Override
    public synchronized boolean existsUploadedThroughResponse(TenantId tenantId, DocumentId documentId) {
        return rows.stream()
                .anyMatch(a -> a.tenantId().equals(tenantId)
                        && a.documentId().equals(documentId)
                        && a.uploadedThroughResponse());
    }

    @Override
    public synchronized long countForDocument(TenantId tenantId, DocumentId documentId) {
        return rows.stream()
                .filter(a -> a.tenantId().equals(tenantId) && a.documentId().equals(documentId))
                .count();
    }

    @Override
    public synchronized Optional<Attachment> findById(TenantId tenantId, AttachmentId id) {
        return rows.stream()
                .filter(a -> a.tenantId().equals(tenantId) && a.id().equals(id))
                .findFirst();
    }

    @Override
    public synchronized List<Attachment> listForResponse(TenantId tenantId, ResponseId responseId) {
        return rows.stream()
                .filter(a -> a.tenantId().equals(tenantId) && a.responseId().equals(responseId))
                .sorted(Comparator.comparing(Attachment::createdAt)
                        .thenComparing(a -> a.id().value())
                        .reversed())
                .toList();
    }

    @Override
    public synchronized KeysetSlice<Attachment> page(TenantId tenantId, ResponseId responseId, KeysetRequest request) {
        return InMemoryKeyset.slice(
                listForResponse(tenantId, responseId), a -> new KeysetPosition(a.createdAt(), a.id().value()), request);
    }

    @Override
    public synchronized void markSubmitted(TenantId tenantId, ResponseId responseId) {
        rows.stream()
                .filter(a -> a.tenantId().equals(tenantId) && a.responseId().equals(responseId))
                .forEach(Attachment::markSubmitted);
    }

    @Override
    public synchronized void delete(TenantId tenantId, AttachmentId id) {
        rows.removeIf(a -> a.tenantId().equals(tenantId) && a.id().equals(id));
    }

    public synchronized List<Attachment> all() {
        return new ArrayList<>(rows);
    }

    /** Removes the attachments matching {@code which}; how many. */
    public synchronized int removeIf(java.util.function.Predicate<Attachment> which) {
        int before = rows.size();
        rows.removeIf(which);
        return before - rows.size();
    }
}
