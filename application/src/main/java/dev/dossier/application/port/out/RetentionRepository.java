package dev.dossier.application.port.out;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.retention.RetentionPolicy;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: tenants' retention policies, and the removal of the documents past them. */
public interface RetentionRepository {
    /** A document removed by retention, as it was: for its audit event, its webhook event and its object's deletion. */
    record ExpiredDocument(Document document) {
        public TenantId tenantId() {
            return document.tenantId();
        }

        public DocumentId documentId() {
            return document.id();
        }

        /** Its entity's id; null for a document of the tenant's library. */
        public EntityId entityId() {
            return document.owner() instanceof DocumentOwner.Entity e ? e.entityId() : null;
        }

        public StorageKey storageKey() {
            return document.file().storageKey();
        }
    }

    /** The tenant's policy; empty for an unknown tenant. */
    Optional<RetentionPolicy> find(TenantId tenantId);

    /** Sets the tenant's policy; whether the tenant exists. */
    boolean set(TenantId tenantId, RetentionPolicy policy);

    /**
     * In the caller's transaction, removes up to {@code limit} documents created more than their
     * tenant's days before {@code now} that no legal hold covers (with their attachments and
     * links), skipping rows another transaction holds locked; returns them.
     */
    List<ExpiredDocument> expire(Instant now, int limit);
}
