package dev.dossier.application.service.retention;

import dev.dossier.application.port.in.retention.ExpireDocumentsUseCase;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.PendingObjectDeletions;
import dev.dossier.application.port.out.PendingObjectDeletions.Area;
import dev.dossier.application.port.out.RetentionRepository;
import dev.dossier.application.port.out.RetentionRepository.ExpiredDocument;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.event.DocumentEvents;
import dev.dossier.domain.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Use case (background): documents past their tenant's retention go in batches, each batch one
 * transaction with its {@code RETENTION_EXPIRED} audit events, its {@code document.deleted} webhook
 * events and its objects recorded as pending
 * deletions, which the pending-deletion job removes from the store. Held documents stay; rows
 * another instance has locked are skipped, so several instances can run it at once.
 */
public final class ExpireDocumentsService implements ExpireDocumentsUseCase {
    static final int BATCH = 100;

    private final RetentionRepository retention;
    private final PendingObjectDeletions pending;
    private final AuditEventRepository audit;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final EventOutbox outbox;

    public ExpireDocumentsService(
            RetentionRepository retention,
            PendingObjectDeletions pending,
            AuditEventRepository audit,
            TimeSource time,
            UnitOfWork tx,
            EventOutbox outbox) {
        this.retention = retention;
        this.pending = pending;
        this.audit = audit;
        this.time = time;
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public int expireBatch() {
        Instant now = time.now();
        return tx.inTransaction(() -> {
            List<ExpiredDocument> expired = retention.expire(now, BATCH);
            pending.enqueue(
                    Area.DOCUMENT,
                    expired.stream().map(ExpiredDocument::storageKey).toList(),
                    now);
            for (ExpiredDocument d : expired) {
                audit.append(new AuditEvent(
                        UUID.randomUUID(),
                        d.tenantId(),
                        d.documentId(),
                        d.entityId(),
                        AuditAction.RETENTION_EXPIRED,
                        null,
                        null,
                        null,
                        null,
                        now));
                outbox.publish(DocumentEvents.of(EventType.DOCUMENT_DELETED, d.document(), now));
            }
            return expired.size();
        });
    }
}
