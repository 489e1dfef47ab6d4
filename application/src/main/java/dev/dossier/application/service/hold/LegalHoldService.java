package dev.dossier.application.service.hold;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.hold.LegalHoldUseCase;
import dev.dossier.application.port.out.AuditEventRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.EntityErasureRepository;
import dev.dossier.application.port.out.LegalHoldRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.tenant.Scope;
import java.time.Instant;
import java.util.UUID;

/**
 * Use case: place, read and lift legal holds. Placing and lifting lock the target's row first, so
 * they take turns with a deletion, an erasure or the retention job working on the same target.
 * The audit events name the target only: the reason may hold personal data and stays in the hold.
 */
public final class LegalHoldService implements LegalHoldUseCase {
    private final LegalHoldRepository holds;
    private final DocumentRepository documents;
    private final EntityErasureRepository entities;
    private final AuditEventRepository audit;
    private final TimeSource time;
    private final UnitOfWork tx;

    public LegalHoldService(
            LegalHoldRepository holds,
            DocumentRepository documents,
            EntityErasureRepository entities,
            AuditEventRepository audit,
            TimeSource time,
            UnitOfWork tx) {
        this.holds = holds;
        this.documents = documents;
        this.entities = entities;
        this.audit = audit;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public LegalHold place(Caller caller, HoldTarget target, String reason) {
        caller.require(Scope.LEGAL_HOLD);
        return tx.inTransaction(() -> {
            lockTarget(caller, target);
            Instant now = time.now();
            LegalHold hold = new LegalHold(caller.tenantId(), target, reason, now, caller.email());
            holds.put(hold);
            record(caller, target, AuditAction.LEGAL_HOLD_PLACED, now);
            return hold;
        });
    }

    @Override
    public LegalHold get(Caller caller, HoldTarget target) {
        caller.require(Scope.LEGAL_HOLD);
        return tx.inTransaction(
                () -> holds.find(caller.tenantId(), target).orElseThrow(() -> new NotFoundException("legal hold")));
    }

    @Override
    public void lift(Caller caller, HoldTarget target) {
        caller.require(Scope.LEGAL_HOLD);
        tx.inTransaction(() -> {
            lockTarget(caller, target);
            if (!holds.remove(caller.tenantId(), target)) {
                throw new NotFoundException("legal hold");
            }
            record(caller, target, AuditAction.LEGAL_HOLD_LIFTED, time.now());
            return null;
        });
    }

    private void lockTarget(Caller caller, HoldTarget target) {
        boolean exists = switch (target.kind()) {
            case ENTITY -> entities.lock(caller.tenantId(), new EntityId(target.id()));
            case DOCUMENT ->
                documents
                        .lockById(caller.tenantId(), new DocumentId(target.id()))
                        .isPresent();
        };
        if (!exists) {
            throw new NotFoundException(target.kind() == HoldTarget.Kind.ENTITY ? "entity" : "document");
        }
    }

    private void record(Caller caller, HoldTarget target, AuditAction action, Instant now) {
        boolean document = target.kind() == HoldTarget.Kind.DOCUMENT;
        audit.append(new AuditEvent(
                UUID.randomUUID(),
                caller.tenantId(),
                document ? new DocumentId(target.id()) : null,
                document ? null : new EntityId(target.id()),
                action,
                caller.keyId(),
                caller.email(),
                caller.clientAddress(),
                null,
                now));
    }
}
