package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.BusinessDocumentQuery;
import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.domain.document.VerificationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The lists' exact totals read from {@code document_tally}: counts per owner, type label, business type
 * and stored review status, kept by the database in the transaction that changes the documents (a
 * trigger-maintained table on PostgreSQL, a counting view on H2; migration V16). A total sums the few
 * rows of one owner, whatever the owner's number of documents.
 */
final class DocumentTally {
    /** The owner key of the tenant's library (documents without an entity). */
    static final UUID LIBRARY = new UUID(0, 0);

    private static final String SUM = "SELECT COALESCE(SUM(documents), 0) FROM document_tally";

    private final EntityManager em;

    DocumentTally(EntityManager em) {
        this.em = em;
    }

    /** The number of documents a v1/v2 list selects. */
    long count(DocumentFilter filter) {
        List<Object> values = new ArrayList<>();
        StringBuilder where = owner(values, filter.tenantId().value(), ownerKey(filter));
        filter.documentType().ifPresent(t -> {
            values.add(t);
            where.append(" AND type_key = LOWER(?").append(values.size()).append(')');
        });
        return sum(SUM + where, values);
    }

    /**
     * The sum {@link #count} reads, as a JPQL select item beside a list's documents (EclipseLink's
     * {@code SQL} operator around a scalar subquery), bound to the parameters {@code tenant},
     * {@code tallyOwner} (the {@link #ownerKey}) and, when the filter has a type, {@code type}.
     */
    static String countItem(DocumentFilter filter) {
        boolean typed = filter.documentType().isPresent();
        return "SQL('(" + SUM + " WHERE tenant_id = ? AND owner_id = ?" + (typed ? " AND type_key = LOWER(?)" : "")
                + ")', :tenant, :tallyOwner" + (typed ? ", :type" : "") + ")";
    }

    /** The owner column's value for the filter's owner: the entity, or {@link #LIBRARY}. */
    static UUID ownerKey(DocumentFilter filter) {
        UUID entityId = DocumentMapper.entityIdOf(filter.owner());
        return entityId == null ? LIBRARY : entityId;
    }

    /**
     * The number of documents a business list selects, except for {@code expired} (verified with an
     * expiry date before the query's day, which the tally cannot know): for {@code verified} it is the
     * verified count including the expired ones, from which the caller subtracts them.
     */
    long countStored(BusinessDocumentQuery query) {
        List<Object> values = new ArrayList<>();
        StringBuilder where =
                owner(values, query.tenantId().value(), query.businessId().value());
        query.type().ifPresent(t -> {
            values.add(t.name());
            where.append(" AND business_type = ?").append(values.size());
        });
        query.status().ifPresent(s -> {
            if (s == VerificationStatus.EXPIRED) {
                throw new IllegalArgumentException("expired is derived from the expiry date, not tallied");
            }
            values.add(s.name());
            where.append(" AND review_status = ?").append(values.size());
        });
        return sum(SUM + where, values);
    }

    private static StringBuilder owner(List<Object> values, UUID tenantId, UUID ownerId) {
        values.add(tenantId);
        values.add(ownerId);
        return new StringBuilder(" WHERE tenant_id = ?1 AND owner_id = ?2");
    }

    private long sum(String statement, List<Object> values) {
        Query query = em.createNativeQuery(statement);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
