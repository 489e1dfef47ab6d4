package dev.dossier.adapters.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.Session;

/**
 * Read queries kept prepared, one per JPQL text, row limit and read-only flag in each persistence
 * unit: the pages of the lists, and reads by key whose rows are only mapped to the domain. EclipseLink
 * caches a parsed JPQL query prepared without a limit, and a request that gives it one runs a copy
 * whose SQL is built anew: giving a copy a limit un-prepares it, and so does copying any query that
 * selects more than the entity (a report query). A query prepared with its limit and flag runs as it
 * is, as a named query does; its limit and offset are bound parameters ({@code LIMIT ? OFFSET ?} on
 * PostgreSQL and H2).
 */
final class PreparedQueries {
    /** Kept per persistence unit: the few shapes and limits clients use, not every limit they could. */
    private static final int KEPT = 128;

    private static final Map<Session, Map<Shape, DatabaseQuery>> PREPARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private record Shape(String jpql, int limit, boolean readOnly) {}

    private PreparedQueries() {}

    /**
     * A query of {@code jpql} (a read query) for at most {@code limit} rows after skipping {@code offset}.
     * At offset 0 it runs the kept query itself; past it, a copy (which keeps the SQL of a query that
     * selects the entity alone).
     */
    static Query page(EntityManager em, String jpql, int limit, int offset) {
        Query query = kept(em, new Shape(jpql, limit, false));
        return offset == 0 ? query : query.setMaxResults(limit).setFirstResult(offset);
    }

    /**
     * The first page of {@code jpql} for a caller that only reads what it gets: its entities are
     * built from the rows without being registered in the entity manager (no working copies) or
     * cached, so changes to them are never written, and the query does not flush pending changes
     * first.
     */
    static Query readOnlyFirstPage(EntityManager em, String jpql, int limit) {
        return kept(em, new Shape(jpql, limit, true));
    }

    /**
     * All rows of {@code jpql}, read-only as {@link #readOnlyFirstPage}, for a query that selects by
     * key and so needs no limit.
     */
    static Query readOnly(EntityManager em, String jpql) {
        return kept(em, new Shape(jpql, 0, true));
    }

    private static Query kept(EntityManager em, Shape shape) {
        JpaEntityManager jpa = em.unwrap(JpaEntityManager.class);
        Session unit = jpa.getServerSession();
        DatabaseQuery prepared = PREPARED.computeIfAbsent(unit, u -> leastRecentlyUsedFirst())
                .computeIfAbsent(shape, s -> prepare(em, unit, s));
        return jpa.createQuery(prepared);
    }

    private static DatabaseQuery prepare(EntityManager em, Session unit, Shape shape) {
        DatabaseQuery query =
                em.createQuery(shape.jpql()).unwrap(JpaQuery.class).getDatabaseQuery();
        ((ReadQuery) query).setMaxRows(shape.limit());
        if (shape.readOnly()) {
            ObjectLevelReadQuery readOnly = (ObjectLevelReadQuery) query;
            readOnly.setIsReadOnly(true);
            // without this the rows are cached for the life of the entity manager's session, and a
            // second read in it would return them as first read, not as the database has them now
            readOnly.dontMaintainCache();
        }
        query.prepareCall(unit, new DatabaseRecord());
        return query;
    }

    private static Map<Shape, DatabaseQuery> leastRecentlyUsedFirst() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Shape, DatabaseQuery> eldest) {
                return size() > KEPT;
            }
        });
    }
}
