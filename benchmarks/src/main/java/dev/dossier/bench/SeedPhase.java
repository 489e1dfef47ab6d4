package dev.dossier.bench;

import static dev.dossier.bench.Log.log;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;

/**
 * Puts BENCH_SEED_DOCUMENTS documents of the tenant's entity straight into PostgreSQL (rows only, no
 * objects), for the rate and paging phases. Seeded document g (1-based) has a deterministic id
 * ({@link #seededId}) and was created g milliseconds after {@link #SEED_EPOCH}, so the other phases
 * (and pgbench) can compute any of them.
 */
final class SeedPhase implements Phase {
    /** When seeded document 0 would have been created. */
    static final Instant SEED_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    /** Rows per transaction. */
    private static final int CHUNK = 200_000;

    /** Documents seeded into the tenant's library, the short list of the rate phase. */
    static final int LIBRARY_DOCUMENTS = 100;

    /**
     * Documents of a second entity: the same list pages at 1k documents, against which those of the
     * big entity are measured.
     */
    static final int SMALL_DOCUMENTS = 1000;

    static final String ENTITY_ID_PREFIX = "00000000-0000-4000-8000-";
    static final String SMALL_ENTITY_ID_PREFIX = "00000000-0000-4000-a000-";
    private static final String LIBRARY_ID_PREFIX = "00000000-0000-4000-9000-";

    /** The id of seeded document g (1-based) of the big entity, as the seeding SQL computes it. */
    static String seededId(long g) {
        return seededId(ENTITY_ID_PREFIX, g);
    }

    /** The id of seeded document g (1-based) with the id prefix of its owner. */
    static String seededId(String prefix, long g) {
        return String.format(Locale.ROOT, prefix + "%012x", g);
    }

    /** Rows {@code from}..{@code to} of one owner: an entity, or the tenant's library when it is null. */
    private static void insert(
            Connection c, String sql, String idPrefix, String tenantId, String entityId, long from, long to)
            throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, idPrefix);
            ps.setString(2, tenantId);
            ps.setString(3, entityId);
            // storage keys are unique: the owner's id prefix keeps them apart
            ps.setString(4, "benchseed/" + idPrefix);
            ps.setString(5, entityId == null ? "TENANT_PRIVATE" : "ENTITY_PRIVATE");
            ps.setLong(6, from);
            ps.setLong(7, to);
            ps.executeUpdate();
        }
    }

    @Override
    public String name() {
        return "seed";
    }

    @Override
    public void run(Harness h) throws Exception {
        BenchConfig config = h.config();
        DossierApi.Tenant tenant = h.api().tenant();
        int n = config.seedDocuments();
        log("seed: " + n + " documents of one entity, " + SMALL_DOCUMENTS + " of another and " + LIBRARY_DOCUMENTS
                + " of the tenant library, straight into PostgreSQL (rows only, no objects)");
        String small = h.api().createEntity("Bench Small Co");
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword())) {
            c.setAutoCommit(false);
            String sql = "INSERT INTO document (id, tenant_id, entity_id, file_name, content_type, size_bytes, sha256,"
                    + " storage_key, document_type, business_type, classification, uploaded_by, created_at, updated_at,"
                    + " review_status)"
                    + " SELECT (? || lpad(to_hex(g), 12, '0'))::uuid, ?::uuid, ?::uuid,"
                    + " 'seed-' || g || '.pdf', 'application/pdf', 1024, repeat('0', 64), ? || g,"
                    + " 'Bench Seed', 'OTHER', ?, 'bench@example.com',"
                    + " timestamptz '2020-01-01 00:00:00+00' + g * interval '1 millisecond',"
                    + " timestamptz '2020-01-01 00:00:00+00' + g * interval '1 millisecond', 'PENDING'"
                    + " FROM generate_series(?::bigint, ?::bigint) g";
            for (long from = 1; from <= n; from += CHUNK) {
                long to = Math.min(n, from + CHUNK - 1);
                insert(c, sql, ENTITY_ID_PREFIX, tenant.id(), tenant.entityId(), from, to);
                c.commit();
                log("seed: " + to + " rows");
            }
            insert(c, sql, SMALL_ENTITY_ID_PREFIX, tenant.id(), small, 1, SMALL_DOCUMENTS);
            insert(c, sql, LIBRARY_ID_PREFIX, tenant.id(), null, 1, LIBRARY_DOCUMENTS);
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM ANALYZE document");
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        h.seeded(n);
        h.seededSmall(small);
        h.results()
                .note(String.format(
                        Locale.ROOT,
                        "seeded %d documents in %.1f s (INSERT … SELECT generate_series, 200k per transaction,"
                                + " then VACUUM ANALYZE)",
                        n,
                        secs));
    }
}
