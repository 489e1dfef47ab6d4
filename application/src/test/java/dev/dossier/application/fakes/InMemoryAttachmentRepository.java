package dev.dossier.application.fakes;

import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;

/** Test fake of {@link AttachmentRepository}. */
public final class InMemoryAttachmentRepository implements AttachmentRepository {
    private final List<Attachment> rows = new ArrayList<>();

    @Override
    public synchronized void save(Attachment attachment) {
        rows.removeIf(a -> a.id().equals(attachment.id()));
        rows.add(attachment);
    }

    @Override
    public synchronized boolean existsForDocument(TenantId tenantId, DocumentId documentId) {
        return rows.stream().anyMatch(a -> a.tenantId().equals(tenantId) && a.documentId().equals(documentId));
    }

    public synchronized List<Attachment> all() {
        return new ArrayList<>(rows);
    }
}
