package dev.dossier.application.fakes;

import dev.dossier.application.port.out.EntityErasureRepository;
import dev.dossier.application.port.out.ErasedRows;
import dev.dossier.domain.crypto.DataKey;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test double of the erasure over the other fakes: documents, their links and attachments, the
 * entity's responses, direct uploads, data key and the entity itself (workflows and stored
 * idempotent responses are left to the persistence tests).
 */
public final class InMemoryEntityErasure implements EntityErasureRepository {
    private final InMemoryPorts ports;

    InMemoryEntityErasure(InMemoryPorts ports) {
        this.ports = ports;
    }

    @Override
    public boolean lock(TenantId tenantId, EntityId entityId) {
        return ports.entities().findById(tenantId, entityId).isPresent();
    }

    /** The ids of the entity's documents, of whichever tenant. */
    List<DocumentId> documentsOf(EntityId entityId) {
        return ports.documents().all().stream()
                .filter(d -> d.owner().equals(DocumentOwner.entity(entityId)))
                .map(Document::id)
                .toList();
    }

    @Override
    public List<UUID> documentIds(TenantId tenantId, EntityId entityId) {
        return documents(tenantId, entityId).stream().map(d -> d.id().value()).toList();
    }

    @Override
    public ErasedRows erase(TenantId tenantId, EntityId entityId, Collection<String> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Document> documents = documents(tenantId, entityId);
        Set<DocumentId> ids = new LinkedHashSet<>();
        Set<StorageKey> objects = new LinkedHashSet<>();
        documents.forEach(d -> {
            ids.add(d.id());
            objects.add(d.file().storageKey());
        });
        List<?> responses = ports.responses().removeForEntity(entityId);
        counts.put("responses", responses.size());
        counts.put(
                "attachments",
                ports.attachments()
                        .removeIf(a -> a.tenantId().equals(tenantId)
                                && (ids.contains(a.documentId()) || responses.contains(a.responseId()))));
        int links = 0;
        for (DocumentId id : ids) {
            links += (int) ports.tokens().all().stream()
                    .filter(t -> t.documentId().equals(id))
                    .count();
            ports.tokens().deleteForDocument(id);
            ports.documents().delete(tenantId, id);
        }
        counts.put("download_links", links);
        counts.put("documents", documents.size());
        List<DirectUpload> uploads = ports.directUploads().removeForEntity(entityId);
        counts.put("direct_uploads", uploads.size());
        uploads.forEach(u -> objects.add(u.documentKey()));
        List<DataKey> keys = ports.dataKeys().all().stream()
                .filter(k -> k.tenantId().equals(tenantId) && k.owner().equals(DocumentOwner.entity(entityId)))
                .toList();
        keys.forEach(k -> ports.dataKeys().destroy(k.id()));
        counts.put("data_keys", keys.size());
        ports.entities().remove(entityId);
        return new ErasedRows(
                counts,
                List.copyOf(objects),
                uploads.stream().map(DirectUpload::quarantineKey).toList());
    }

    private List<Document> documents(TenantId tenantId, EntityId entityId) {
        return ports.documents().all().stream()
                .filter(d -> d.tenantId().equals(tenantId) && d.owner().equals(DocumentOwner.entity(entityId)))
                .toList();
    }
}
