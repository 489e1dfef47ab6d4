package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.application.port.out.DocumentsWithTotal;
import dev.dossier.domain.document.Document;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The newest documents of a v1/v2 list and the list's total in one statement: each of the page's rows
 * carries the sum of the owner's {@link DocumentTally} rows, an uncorrelated scalar subquery that
 * PostgreSQL evaluates once. The page and its count come from one snapshot in one round trip; an empty
 * page means the filter selects nothing, so its total is 0.
 */
final class NewestDocuments {
    private final EntityManager em;

    NewestDocuments(EntityManager em) {
        this.em = em;
    }

    DocumentsWithTotal read(DocumentFilter filter, int limit) {
        UUID entityId = DocumentMapper.entityIdOf(filter.owner());
        String jpql = "SELECT d, " + DocumentTally.countItem(filter) + " FROM DocumentJpaEntity d"
                + " WHERE d.tenantId = :tenant"
                + (entityId == null ? " AND d.entityId IS NULL" : " AND d.entityId = :entity")
                + (filter.documentType().isPresent() ? " AND LOWER(d.documentType) = LOWER(:type)" : "")
                + " ORDER BY d.createdAt DESC, d.id DESC";
        Query query = PreparedQueries.readOnlyFirstPage(em, jpql, limit)
                .setParameter("tenant", filter.tenantId().value())
                .setParameter("tallyOwner", DocumentTally.ownerKey(filter));
        if (entityId != null) {
            query.setParameter("entity", entityId);
        }
        filter.documentType().ifPresent(t -> query.setParameter("type", t));
        long total = 0;
        List<Document> documents = new ArrayList<>(limit);
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            documents.add(DocumentMapper.toDomain((DocumentJpaEntity) row[0]));
            total = ((Number) row[1]).longValue();
        }
        return new DocumentsWithTotal(documents, total);
    }
}
