package dev.dossier.adapters.persistence;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence adapter: document metadata on JPA. Every read is scoped to one tenant; lists and keyset
 * pages are newest first ({@code created_at DESC, id DESC}), served by the (tenant, owner, created_at, id)
 * index.
 */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaDocumentRepository() {
    }

    public JpaDocumentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(Document document) {
        Guard.run("saving document " + document.id(), () -> {
            em.merge(DocumentMapper.toRow(document));
            em.flush();
        });
    }

    @Override
    public Optional<Document> findById(TenantId tenantId, DocumentId id) {
        return Guard.call("reading document " + id, () -> em
                .createQuery("SELECT d FROM DocumentJpaEntity d WHERE d.tenantId = :tenant AND d.id = :id",
                        DocumentJpaEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(DocumentMapper::toDomain));
    }

    @Override
    public List<Document> list(DocumentFilter filter, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Guard.call("listing documents", () -> filtered(
                "SELECT d FROM DocumentJpaEntity d", " ORDER BY d.createdAt DESC, d.id DESC",
                DocumentJpaEntity.class, filter)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(DocumentMapper::toDomain)
                .toList());
    }

    @Override
    public KeysetSlice<Document> page(DocumentFilter filter, KeysetRequest request) {
        return Guard.call("paging documents", () -> {
            UUID entityId = DocumentMapper.entityIdOf(filter.owner());
            KeysetQuery<DocumentJpaEntity> query = KeysetQuery.of(em, DocumentJpaEntity.class, "d")
                    .where("d.tenantId = :tenant", "tenant", filter.tenantId().value());
            if (entityId == null) {
                query.where("d.entityId IS NULL");
            } else {
                query.where("d.entityId = :entity", "entity", entityId);
            }
            filter.documentType().ifPresent(t -> query.where("LOWER(d.documentType) = LOWER(:type)", "type", t));
            return query.page(request, row -> new KeysetPosition(Times.fromColumn(row.createdAt()), row.id()))
                    .map(DocumentMapper::toDomain);
        });
    }

    @Override
    public long count(DocumentFilter filter) {
        return Guard.call("counting documents", () ->
                filtered("SELECT COUNT(d) FROM DocumentJpaEntity d", "", Long.class, filter).getSingleResult());
    }

    @Override
    public void delete(TenantId tenantId, DocumentId id) {
        Guard.run("deleting document " + id, () -> em
                .createQuery("DELETE FROM DocumentJpaEntity d WHERE d.tenantId = :tenant AND d.id = :id")
                .setParameter("tenant", tenantId.value())
                .setParameter("id", id.value())
                .executeUpdate());
    }

    /** One owner of one tenant, optionally one type label compared case-insensitively. */
    private <T> TypedQuery<T> filtered(String select, String orderBy, Class<T> resultType, DocumentFilter filter) {
        UUID entityId = DocumentMapper.entityIdOf(filter.owner());
        StringBuilder jpql = new StringBuilder(select).append(" WHERE d.tenantId = :tenant");
        jpql.append(entityId == null ? " AND d.entityId IS NULL" : " AND d.entityId = :entity");
        filter.documentType().ifPresent(t -> jpql.append(" AND LOWER(d.documentType) = LOWER(:type)"));
        jpql.append(orderBy);
        TypedQuery<T> query = em.createQuery(jpql.toString(), resultType).setParameter("tenant", filter.tenantId().value());
        if (entityId != null) {
            query.setParameter("entity", entityId);
        }
        filter.documentType().ifPresent(t -> query.setParameter("type", t));
        return query;
    }
}
