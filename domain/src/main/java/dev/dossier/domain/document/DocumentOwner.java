package dev.dossier.domain.document;

import dev.dossier.domain.entity.EntityId;
import java.util.Objects;

/** Where a document lives: the tenant's own library, or one of its entities. */
public sealed interface DocumentOwner {

    DocumentOwner TENANT_LIBRARY = new TenantLibrary();

    static DocumentOwner library() {
        return TENANT_LIBRARY;
    }

    static DocumentOwner entity(EntityId entityId) {
        return new Entity(entityId);
    }

    /** The tenant's private library. */
    record TenantLibrary() implements DocumentOwner {}

    /** An entity of the tenant. */
    record Entity(EntityId entityId) implements DocumentOwner {
        public Entity {
            Objects.requireNonNull(entityId, "entityId");
        }
    }
}
