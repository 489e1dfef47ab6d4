package dev.dossier.application.service.erasure;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.erasure.EraseEntityUseCase;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.EntityErasureRepository;
import dev.dossier.application.port.out.ErasedRows;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.PendingObjectDeletions;
import dev.dossier.application.port.out.PendingObjectDeletions.Area;
import dev.dossier.application.port.out.PendingObjectDeletions.Pending;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.crypto.DataKeys;
import dev.dossier.application.service.hold.LegalHolds;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.shared.PrefixedIds;
import dev.dossier.domain.tenant.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use case: erase an entity, unless it or one of its documents is under legal hold. Its rows and
 * its data key go in one transaction, with the objects recorded as pending deletions and one
 * {@code ENTITY_ERASED} audit event (counts and who, nothing personal) and one {@code entity.erased}
 * webhook event (the entity's id and the counts); the bytes are deleted after
 * commit, and by the background purge when the store fails. Once the key row is gone, no copy of
 * the entity's objects can be decrypted.
 */
public final class EraseEntityService implements EraseEntityUseCase {
    private final EntityErasureRepository erasure;
    private final LegalHolds holds;
    private final PendingObjectDeletions pending;
    private final AuditEventRepository audit;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final ObjectPurge purge;
    private final EventOutbox outbox;
    private final DataKeys keys;

    public EraseEntityService(
            EntityErasureRepository erasure,
            LegalHolds holds,
            PendingObjectDeletions pending,
            AuditEventRepository audit,
            DocumentContentStore store,
            DirectUploadStore quarantine,
            TimeSource time,
            UnitOfWork tx,
            EventOutbox outbox,
            DataKeys keys) {
        this.erasure = erasure;
        this.holds = holds;
        this.pending = pending;
        this.audit = audit;
        this.time = time;
        this.tx = tx;
        this.outbox = outbox;
        this.keys = keys;
        this.purge = new ObjectPurge(pending, store, quarantine, time, tx);
    }

    @Override
    public void erase(Caller caller, EntityId entityId) {
        caller.require(Scope.DOCUMENTS);
        List<Pending> objects = tx.inTransaction(() -> {
            if (!erasure.lock(caller.tenantId(), entityId)) {
                throw new NotFoundException("entity");
            }
            holds.requireEntityErasable(caller.tenantId(), entityId);
            ErasedRows erased = erasure.erase(caller.tenantId(), entityId, mentions(caller, entityId));
            Instant now = time.now();
            List<Pending> rows = new ArrayList<>(pending.enqueue(Area.DOCUMENT, erased.documentObjects(), now));
            rows.addAll(pending.enqueue(Area.QUARANTINE, erased.quarantined(), now));
            audit.append(new AuditEvent(
                    UUID.randomUUID(),
                    caller.tenantId(),
                    null,
                    entityId,
                    AuditAction.ENTITY_ERASED,
                    caller.keyId(),
                    caller.email(),
                    caller.clientAddress(),
                    describe(erased),
                    now));
            outbox.publish(erased(caller, entityId, erased, now));
            return rows;
        });
        keys.forgetOwner(caller.tenantId(), DocumentOwner.entity(entityId));
        purge.tryNow(objects);
    }

    /** Every rendering of the entity's and its documents' ids a stored response body may hold. */
    private List<String> mentions(Caller caller, EntityId entityId) {
        List<String> mentions = new ArrayList<>();
        mentions.add(entityId.value().toString());
        mentions.add(PrefixedIds.encode("sr_", entityId.value()));
        for (UUID document : erasure.documentIds(caller.tenantId(), entityId)) {
            mentions.add(document.toString());
            mentions.add(PrefixedIds.encode("d_", document));
        }
        return mentions;
    }

    /** {@code entity.erased}: the entity's id and a count per kind of row ({@code documents_erased}, ...). */
    private static DomainEvent erased(Caller caller, EntityId entityId, ErasedRows erased, Instant now) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("entity_id", entityId.value().toString());
        new TreeMap<>(erased.counts()).forEach((kind, count) -> data.put(kind + "_erased", count.toString()));
        data.put("erased_at", now.toString());
        return DomainEvent.of(caller.tenantId(), EventType.ENTITY_ERASED, now, data);
    }

    /** {@code documents=3 responses=1 ...}: counts only, sorted, for the event's detail. */
    private static String describe(ErasedRows erased) {
        return new TreeMap<>(erased.counts())
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
