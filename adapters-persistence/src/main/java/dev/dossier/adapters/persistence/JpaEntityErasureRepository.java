package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.EntityErasureRepository;
import dev.dossier.application.port.out.ErasedRows;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Persistence adapter: an entity's erasure as plain SQL, children before parents, every statement
 * bound to the tenant. The data key goes after the documents that reference it, the entity last.
 */
@ApplicationScoped
public class JpaEntityErasureRepository implements EntityErasureRepository {
    private static final String DOCUMENTS = "SELECT d.id FROM document d WHERE d.tenant_id = ?1 AND d.entity_id = ?2";
    private static final String RESPONSES =
            "SELECT r.id FROM questionnaire_response r WHERE r.tenant_id = ?1 AND r.entity_id = ?2";
    private static final String WORKFLOWS =
            "SELECT w.id FROM workflow w WHERE w.tenant_id = ?1 AND w.subject_record_id = ?2";

    private static final String UPLOADS_OF = " WHERE u.tenant_id = ?1 AND u.subject_record_id = ?2";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaEntityErasureRepository() {}

    public JpaEntityErasureRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean lock(TenantId tenantId, EntityId entityId) {
        return Guard.call("locking entity " + entityId, () -> {
            em.flush();
            boolean exists = !em.createNativeQuery(
                            "SELECT e.id FROM entity e WHERE e.tenant_id = ?1 AND e.id = ?2" + " FOR UPDATE")
                    .setParameter(1, tenantId.value())
                    .setParameter(2, entityId.value())
                    .getResultList()
                    .isEmpty();
            if (exists) {
                documentIdsLocked(tenantId, entityId);
            }
            return exists;
        });
    }

    private void documentIdsLocked(TenantId tenantId, EntityId entityId) {
        em.createNativeQuery(DOCUMENTS + " ORDER BY d.id FOR UPDATE")
                .setParameter(1, tenantId.value())
                .setParameter(2, entityId.value())
                .getResultList();
    }

    @Override
    public List<UUID> documentIds(TenantId tenantId, EntityId entityId) {
        return Guard.call("reading the documents of entity " + entityId, () -> {
            List<?> rows = em.createNativeQuery(DOCUMENTS)
                    .setParameter(1, tenantId.value())
                    .setParameter(2, entityId.value())
                    .getResultList();
            return rows.stream().map(JpaEntityErasureRepository::uuid).toList();
        });
    }

    @Override
    public ErasedRows erase(TenantId tenantId, EntityId entityId, Collection<String> mentions) {
        return Guard.call("erasing entity " + entityId, () -> {
            em.flush();
            Map<String, Integer> counts = new LinkedHashMap<>();
            Set<StorageKey> objects = new LinkedHashSet<>();
            strings(
                            "SELECT d.storage_key FROM document d WHERE d.tenant_id = ?1 AND d.entity_id = ?2",
                            tenantId,
                            entityId)
                    .forEach(k -> objects.add(new StorageKey(k)));
            strings("SELECT u.document_key FROM direct_upload u" + UPLOADS_OF, tenantId, entityId)
                    .forEach(k -> objects.add(new StorageKey(k)));
            List<StorageKey> quarantined = new ArrayList<>();
            strings("SELECT u.quarantine_key FROM direct_upload u" + UPLOADS_OF, tenantId, entityId)
                    .forEach(k -> quarantined.add(new StorageKey(k)));

            counts.put(
                    "download_links",
                    update(
                            "DELETE FROM download_token WHERE tenant_id = ?1 AND document_id IN (" + DOCUMENTS + ")",
                            tenantId,
                            entityId));
            counts.put(
                    "attachments",
                    update(
                            "DELETE FROM attachment WHERE tenant_id = ?1 AND (response_id IN (" + RESPONSES
                                    + ") OR document_id IN (" + DOCUMENTS + "))",
                            tenantId,
                            entityId));
            update("DELETE FROM file_question WHERE response_id IN (" + RESPONSES + ")", tenantId, entityId);
            counts.put(
                    "responses",
                    update(
                            "DELETE FROM questionnaire_response WHERE tenant_id = ?1 AND entity_id = ?2",
                            tenantId,
                            entityId));
            counts.put(
                    "fulfillments",
                    update(
                            "DELETE FROM fulfillment WHERE tenant_id = ?1 AND (workflow_id IN (" + WORKFLOWS
                                    + ") OR document_id IN (" + DOCUMENTS + "))",
                            tenantId,
                            entityId));
            update(
                    "DELETE FROM required_document WHERE tenant_id = ?1 AND workflow_id IN (" + WORKFLOWS + ")",
                    tenantId,
                    entityId);
            counts.put(
                    "workflows",
                    update("DELETE FROM workflow WHERE tenant_id = ?1 AND subject_record_id = ?2", tenantId, entityId));
            counts.put(
                    "review_events",
                    update(
                            "DELETE FROM document_review_event WHERE tenant_id = ?1 AND document_id IN (" + DOCUMENTS
                                    + ")",
                            tenantId,
                            entityId));
            update(
                    "DELETE FROM legal_hold WHERE tenant_id = ?1 AND target_kind = 'DOCUMENT' AND target_id IN ("
                            + DOCUMENTS + ")",
                    tenantId,
                    entityId);
            counts.put(
                    "documents",
                    update("DELETE FROM document WHERE tenant_id = ?1 AND entity_id = ?2", tenantId, entityId));
            counts.put(
                    "direct_uploads",
                    update(
                            "DELETE FROM direct_upload WHERE tenant_id = ?1 AND subject_record_id = ?2",
                            tenantId,
                            entityId));
            int replays = 0;
            for (String mention : mentions) {
                replays += em.createNativeQuery(
                                "DELETE FROM idempotency_record WHERE tenant_id = ?1" + " AND response_body LIKE ?2")
                        .setParameter(1, tenantId.value())
                        .setParameter(2, "%" + mention + "%")
                        .executeUpdate();
            }
            counts.put("idempotent_responses", replays);
            counts.put(
                    "data_keys",
                    update("DELETE FROM data_key WHERE tenant_id = ?1 AND entity_id = ?2", tenantId, entityId));
            update(
                    "DELETE FROM legal_hold WHERE tenant_id = ?1 AND target_kind = 'ENTITY' AND target_id = ?2",
                    tenantId,
                    entityId);
            update("DELETE FROM entity WHERE tenant_id = ?1 AND id = ?2", tenantId, entityId);
            em.clear();
            return new ErasedRows(counts, List.copyOf(objects), quarantined);
        });
    }

    private int update(String sql, TenantId tenantId, EntityId entityId) {
        return em.createNativeQuery(sql)
                .setParameter(1, tenantId.value())
                .setParameter(2, entityId.value())
                .executeUpdate();
    }

    private List<String> strings(String sql, TenantId tenantId, EntityId entityId) {
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, tenantId.value())
                .setParameter(2, entityId.value())
                .getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    private static UUID uuid(Object raw) {
        return raw instanceof UUID u ? u : UUID.fromString(raw.toString());
    }
}
