package dev.dossier.application.port.out;

import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.util.Collection;

/**
 * Port: removes, in the caller's transaction, every row of one entity of one tenant — documents,
 * questionnaire responses and their attachments (the library documents they attach stay), direct
 * uploads, workflows with their fulfillments, review history, download links, stored idempotent
 * responses that mention it — and its data key last. Audit rows are never touched.
 */
public interface EntityErasureRepository {
    /**
     * Erases the entity's rows; idempotent responses are matched by containing any of {@code
     * mentions} (the renderings of the entity's and its documents' ids). Returns what went and the
     * objects the store still holds for it.
     */
    ErasedRows erase(TenantId tenantId, EntityId entityId, Collection<String> mentions);

    /**
     * Locks the entity's row and its documents' rows until the transaction ends, so that an erasure,
     * a legal hold and a deletion of the same things take turns; whether the entity exists.
     */
    boolean lock(TenantId tenantId, EntityId entityId);

    /** The ids of the entity's documents, for the mentions to look for. */
    java.util.List<java.util.UUID> documentIds(TenantId tenantId, EntityId entityId);
}
