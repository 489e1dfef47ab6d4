package dev.dossier.application.port.in.erasure;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.entity.EntityId;

/** Use case: erase an entity and everything of it, crypto-shredding its data key. */
public interface EraseEntityUseCase {
    /**
     * @throws dev.dossier.application.error.NotFoundException for an unknown entity or another tenant's
     */
    void erase(Caller caller, EntityId entityId);
}
