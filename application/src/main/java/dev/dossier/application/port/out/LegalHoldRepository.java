package dev.dossier.application.port.out;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.tenant.TenantId;
import java.util.Optional;

/** Port: the legal holds of each tenant, at most one per target. */
public interface LegalHoldRepository {
    Optional<LegalHold> find(TenantId tenantId, HoldTarget target);

    /** Places the hold, replacing the target's earlier one. */
    void put(LegalHold hold);

    /** Lifts the target's hold; whether there was one. */
    boolean remove(TenantId tenantId, HoldTarget target);

    /** Whether the document, or the entity owning it ({@code entityId}, null for the library), is held. */
    boolean holdsDocument(TenantId tenantId, DocumentId documentId, EntityId entityId);

    /** Whether the entity or any document of it is held. */
    boolean holdsAnythingOf(TenantId tenantId, EntityId entityId);
}
