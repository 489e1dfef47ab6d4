package dev.dossier.application.service.hold;

import dev.dossier.application.port.out.LegalHoldRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.UnderLegalHoldException;

/** The check each deletion makes, inside its transaction, before it removes anything. */
public final class LegalHolds {
    private final LegalHoldRepository holds;

    public LegalHolds(LegalHoldRepository holds) {
        this.holds = holds;
    }

    /** Refuses to delete a document that is held, or whose entity is. */
    public void requireDocumentDeletable(Document document) {
        EntityId owner = document.owner() instanceof DocumentOwner.Entity e ? e.entityId() : null;
        if (holds.holdsDocument(document.tenantId(), document.id(), owner)) {
            throw new UnderLegalHoldException(HoldTarget.Kind.DOCUMENT);
        }
    }

    /** Refuses to erase an entity that is held or has a held document. */
    public void requireEntityErasable(dev.dossier.domain.tenant.TenantId tenantId, EntityId entityId) {
        if (holds.holdsAnythingOf(tenantId, entityId)) {
            throw new UnderLegalHoldException(HoldTarget.Kind.ENTITY);
        }
    }
}
