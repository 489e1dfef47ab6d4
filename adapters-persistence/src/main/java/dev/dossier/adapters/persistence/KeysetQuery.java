package dev.dossier.adapters.persistence;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetRequest.Direction;
import dev.dossier.application.paging.KeysetSlice;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keyset pagination of any JPA entity, newest first by {@code (createdAt DESC, id DESC)}, without
 * OFFSET: a page holds the rows strictly after (or before) a position, so rows added or removed
 * elsewhere never shift it, and it costs one index range scan however deep it is (give the table an
 * index on the filter columns, then {@code created_at DESC, id DESC}). It answers a
 * {@link KeysetRequest} with a {@link KeysetSlice}: one query for {@code size + 1} rows in the
 * direction of travel, and, for a page that starts at a position, one {@code LIMIT 1} probe of the
 * other side.
 *
 * <pre>{@code
 * KeysetQuery.of(em, AttachmentJpaEntity.class, "a")
 *         .where("a.tenantId = :tenant", "tenant", tenantId.value())
 *         .where("a.responseId = :response", "response", responseId.value())
 *         .page(request, row -> new KeysetPosition(Times.fromColumn(row.createdAt()), row.id()))
 *         .map(AttachmentMapper::toDomain);
 * }</pre>
 *
 * Conditions are JPQL on the alias; {@code :ksAt} and {@code :ksId} are reserved. Ids compare as the
 * databases compare uuid values (unsigned bytes), as {@link KeysetPosition#NEWEST_FIRST} does.
 */
final class KeysetQuery<R> {
    private final EntityManager em;
    private final Class<R> rowType;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String timeAttribute = "createdAt";
    private String idAttribute = "id";

    private KeysetQuery(EntityManager em, Class<R> rowType, String alias) {
        this.em = Objects.requireNonNull(em, "em");
        this.rowType = Objects.requireNonNull(rowType, "rowType");
        this.alias = Objects.requireNonNull(alias, "alias");
    }

    /** Rows of {@code rowType}, named {@code alias} in the conditions. */
    static <R> KeysetQuery<R> of(EntityManager em, Class<R> rowType, String alias) {
        return new KeysetQuery<>(em, rowType, alias);
    }

    /** The attributes the list is ordered by, when they are not {@code createdAt} and {@code id}. */
    KeysetQuery<R> orderedBy(String timeAttribute, String idAttribute) {
        this.timeAttribute = Objects.requireNonNull(timeAttribute, "timeAttribute");
        this.idAttribute = Objects.requireNonNull(idAttribute, "idAttribute");
        return this;
    }

    /** A JPQL condition every row of the list meets (ANDed with the others). */
    KeysetQuery<R> where(String condition) {
        conditions.add(Objects.requireNonNull(condition, "condition"));
        return this;
    }

    /** A JPQL condition with one named parameter. */
    KeysetQuery<R> where(String condition, String parameter, Object value) {
        where(condition);
        parameters.put(parameter, value);
        return this;
    }

    /**
     * The slice {@code request} asks for, newest first. {@code positionOf} reads a row's time and id
     * (for the probe of the other side). Runs in the caller's transaction; failures are not wrapped.
     */
    KeysetSlice<R> page(KeysetRequest request, Function<? super R, KeysetPosition> positionOf) {
        int size = request.size();
        List<R> rows = new ArrayList<>(rows(request.direction(), request.from(), size + 1));
        boolean more = rows.size() > size;
        if (more) {
            rows = new ArrayList<>(rows.subList(0, size));
        }
        boolean older = request.direction() == Direction.OLDER;
        if (!older) {
            Collections.reverse(rows); // fetched oldest first, from the position upwards
        }
        // the other side, measured from the page's edge there; an empty page's edge is its position,
        // the row at it included
        boolean other = false;
        if (request.from().isPresent()) {
            KeysetPosition from = request.from().get();
            KeysetPosition edge = !rows.isEmpty()
                    ? positionOf.apply(older ? rows.get(0) : rows.get(rows.size() - 1))
                    : older ? from.justOlder() : from.justNewer();
            other = !rows(older ? Direction.NEWER : Direction.OLDER, Optional.of(edge), 1)
                    .isEmpty();
        }
        return older ? new KeysetSlice<>(rows, more, other) : new KeysetSlice<>(rows, other, more);
    }

    /** Up to {@code limit} rows strictly beyond {@code from} in {@code direction}, nearest first. */
    private List<R> rows(Direction direction, Optional<KeysetPosition> from, int limit) {
        String t = alias + "." + timeAttribute;
        String id = alias + "." + idAttribute;
        List<String> where = new ArrayList<>(conditions);
        boolean older = direction == Direction.OLDER;
        from.ifPresent(p -> where.add(
                older
                        // the redundant bound on the time alone lets the index range scan start at the position
                        ? "(" + t + " <= :ksAt AND (" + t + " < :ksAt OR " + id + " < :ksId))"
                        : "(" + t + " >= :ksAt AND (" + t + " > :ksAt OR " + id + " > :ksId))"));
        String order = older ? " DESC" : " ASC";
        String jpql =
                "SELECT " + alias + " FROM " + em.getMetamodel().entity(rowType).getName() + " " + alias
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                        + " ORDER BY " + t + order + ", " + id + order;
        Query query = PreparedQueries.page(em, jpql, limit, 0);
        parameters.forEach(query::setParameter);
        from.ifPresent(p -> {
            query.setParameter("ksAt", Times.toColumn(p.createdAt()));
            query.setParameter("ksId", p.id());
        });
        @SuppressWarnings("unchecked") // the JPQL selects rowType
        List<R> rows = query.getResultList();
        return rows;
    }
}
