package dev.dossier.adapters.persistence;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.BusinessDocumentQuery;
import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DocumentsWithTotal;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.Review;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Persistence adapter: document metadata on JPA. Every read is scoped to one tenant; lists and keyset
 * pages are newest first ({@code created_at DESC, id DESC}), served by the (tenant, owner, created_at, id)
 * index, and for the tenant's library on PostgreSQL by partial indexes of the library alone.
 */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {
    private static final String BY_ID = "SELECT d FROM DocumentJpaEntity d WHERE d.tenantId = :tenant AND d.id = :id";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaDocumentRepository() {}

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
        return Guard.call("reading document " + id, () -> {
            // outside a transaction the row is only mapped to the domain and never written back, so it
            // is read without a working copy; inside one it stays managed, for a save that may follow
            Query byId = em.isJoinedToTransaction()
                    ? em.createQuery(BY_ID, DocumentJpaEntity.class)
                    : PreparedQueries.readOnly(em, BY_ID);
            return byId.setParameter("tenant", tenantId.value()).setParameter("id", id.value()).getResultList().stream()
                    .findFirst()
                    .map(row -> DocumentMapper.toDomain((DocumentJpaEntity) row));
        });
    }

    @Override
    public Optional<Document> lockById(TenantId tenantId, DocumentId id) {
        return Guard.call(
                "locking document " + id,
                () -> em.createQuery(BY_ID, DocumentJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("id", id.value())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream()
                        .findFirst()
                        .map(DocumentMapper::toDomain));
    }

    @Override
    public DocumentsWithTotal newest(DocumentFilter filter, int limit) {
        if (limit <= 0) {
            return new DocumentsWithTotal(List.of(), count(filter));
        }
        return Guard.call("listing documents", () -> new NewestDocuments(em).read(filter, limit));
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
        return Guard.call("counting documents", () -> new DocumentTally(em).count(filter));
    }

    @Override
    public void delete(TenantId tenantId, DocumentId id) {
        Guard.run(
                "deleting document " + id,
                () -> em.createQuery("DELETE FROM DocumentJpaEntity d WHERE d.tenantId = :tenant AND d.id = :id")
                        .setParameter("tenant", tenantId.value())
                        .setParameter("id", id.value())
                        .executeUpdate());
    }

    @Override
    public List<Document> listForBusiness(BusinessDocumentQuery query) {
        return businessPage(query, " ORDER BY d.createdAt DESC, d.id DESC");
    }

    @Override
    public List<Document> listForBusinessOldestFirst(BusinessDocumentQuery query) {
        return businessPage(query, " ORDER BY d.createdAt, d.id");
    }

    private List<Document> businessPage(BusinessDocumentQuery query, String orderBy) {
        if (query.limit() == 0) {
            return List.of();
        }
        return Guard.call(
                "listing business documents",
                () -> business(
                                "SELECT d FROM DocumentJpaEntity d",
                                orderBy,
                                query,
                                jpql -> PreparedQueries.page(em, jpql, query.limit(), query.offset()))
                        .getResultList()
                        .stream()
                        .map(row -> DocumentMapper.toDomain((DocumentJpaEntity) row))
                        .toList());
    }

    @Override
    public long countForBusiness(BusinessDocumentQuery query) {
        return Guard.call("counting business documents", () -> {
            VerificationStatus status = query.status().orElse(null);
            if (status == VerificationStatus.EXPIRED) {
                return expired(query);
            }
            long stored = new DocumentTally(em).countStored(query);
            return status == VerificationStatus.VERIFIED ? stored - expired(query) : stored;
        });
    }

    /** Verified documents of the business whose expiry date is before the query's day: by date, not tallied. */
    private long expired(BusinessDocumentQuery query) {
        BusinessDocumentQuery expired = new BusinessDocumentQuery(
                query.tenantId(),
                query.businessId(),
                query.type(),
                Optional.of(VerificationStatus.EXPIRED),
                query.today(),
                0,
                0);
        return ((Number) business("SELECT COUNT(d) FROM DocumentJpaEntity d", "", expired, em::createQuery)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public boolean saveReview(Document reviewed, VerificationStatus expected) {
        Review review = reviewed.review();
        return Guard.call(
                "saving the review of document " + reviewed.id(),
                () -> em.createQuery("UPDATE DocumentJpaEntity d SET d.reviewStatus = :status, d.decidedAt"
                                        + " = :decidedAt,"
                                        + " d.decidedBy = :decidedBy, d.rejectionReason = :reason,"
                                        + " d.updatedAt = :updatedAt"
                                        + " WHERE d.tenantId = :tenant AND d.id = :id AND"
                                        + " d.reviewStatus = :expected")
                                .setParameter("status", review.status())
                                .setParameter("decidedAt", Times.toColumn(review.decidedAt()))
                                .setParameter("decidedBy", review.decidedBy())
                                .setParameter("reason", review.rejectionReason())
                                .setParameter("updatedAt", Times.toColumn(reviewed.updatedAt()))
                                .setParameter("tenant", reviewed.tenantId().value())
                                .setParameter("id", reviewed.id().value())
                                .setParameter("expected", expected)
                                .executeUpdate()
                        == 1);
    }

    @Override
    public List<Document> storedInClear(int limit) {
        return Guard.call(
                "reading documents stored in clear",
                () -> em
                        .createQuery(
                                "SELECT d FROM DocumentJpaEntity d WHERE d.dataKeyId IS NULL"
                                        + " ORDER BY d.createdAt, d.id",
                                DocumentJpaEntity.class)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(DocumentMapper::toDomain)
                        .toList());
    }

    @Override
    public long countStoredInClear() {
        return Guard.call(
                "counting documents stored in clear",
                () -> em.createQuery("SELECT COUNT(d) FROM DocumentJpaEntity d WHERE d.dataKeyId IS NULL", Long.class)
                        .getSingleResult());
    }

    @Override
    public boolean replaceStoredFile(Document document, StorageKey expected) {
        return Guard.call(
                "recording the encrypted object of document " + document.id(),
                () -> em.createQuery("UPDATE DocumentJpaEntity d SET d.storageKey = :key, d.dataKeyId = :dataKey"
                                        + " WHERE d.tenantId = :tenant AND d.id = :id AND d.storageKey = :expected")
                                .setParameter(
                                        "key", document.file().storageKey().value())
                                .setParameter(
                                        "dataKey",
                                        document.file()
                                                .sealedWith()
                                                .map(k -> k.value())
                                                .orElse(null))
                                .setParameter("tenant", document.tenantId().value())
                                .setParameter("id", document.id().value())
                                .setParameter("expected", expected.value())
                                .executeUpdate()
                        == 1);
    }

    /**
     * One business (entity) of one tenant, optionally one business type and one status as read on the
     * query's day: {@code expired} is verified with an expiry date before it, {@code verified} the rest.
     */
    private Query business(String select, String orderBy, BusinessDocumentQuery q, Function<String, Query> create) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE d.tenantId = :tenant AND d.entityId = :entity");
        q.type().ifPresent(t -> jpql.append(" AND d.businessType = :type"));
        VerificationStatus status = q.status().orElse(null);
        if (status == VerificationStatus.EXPIRED) {
            jpql.append(" AND d.reviewStatus = :stored AND d.expiryDate IS NOT NULL AND d.expiryDate < :today");
        } else if (status == VerificationStatus.VERIFIED) {
            jpql.append(" AND d.reviewStatus = :stored AND (d.expiryDate IS NULL OR d.expiryDate >= :today)");
        } else if (status != null) {
            jpql.append(" AND d.reviewStatus = :stored");
        }
        jpql.append(orderBy);
        Query query = create.apply(jpql.toString())
                .setParameter("tenant", q.tenantId().value())
                .setParameter("entity", q.businessId().value());
        q.type().ifPresent(t -> query.setParameter("type", t));
        if (status != null) {
            query.setParameter("stored", status == VerificationStatus.EXPIRED ? VerificationStatus.VERIFIED : status);
        }
        if (status == VerificationStatus.EXPIRED || status == VerificationStatus.VERIFIED) {
            query.setParameter("today", q.today());
        }
        return query;
    }
}
