package dev.dossier.bench;

import static dev.dossier.bench.SeedPhase.SEED_EPOCH;
import static dev.dossier.bench.SeedPhase.seededId;
import static dev.dossier.bench.Stats.pct;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a list page costs what it does: the SQL every list runs, timed straight on PostgreSQL (p50 of
 * 5 after one warm-up): the COUNT of the owner's documents that v1, v2 and business lists all
 * compute for their totals, a keyset page at depth 100k, and OFFSET pages: the deepest one read from
 * either end, and the middle one, which no end reaches sooner.
 */
final class PagingSql {
    private PagingSql() {}

    /** The note on the paging rows: the timings, or why they could not be measured. */
    static String breakdown(BenchConfig config, DossierApi.Tenant tenant, int n, int page) {
        String owner = " FROM document WHERE tenant_id = '" + tenant.id() + "'::uuid AND entity_id = '"
                + tenant.entityId() + "'::uuid";
        long g = Math.max(1, (long) n - 100_000 + 1);
        String[][] queries = {
            {"COUNT(*) of the owner's documents (every list page runs it)", "SELECT count(*)" + owner},
            {
                "keyset page of 100 at depth 100k",
                "SELECT *" + owner + " AND (created_at, id) < (timestamptz '" + SEED_EPOCH.plusMillis(g) + "', '"
                        + seededId(g) + "'::uuid) ORDER BY created_at DESC, id DESC LIMIT " + page
            },
            {
                "OFFSET page of 100 at depth " + (n - page) + " read newest first",
                "SELECT *" + owner + " ORDER BY created_at DESC, id DESC OFFSET " + (n - page) + " LIMIT " + page
            },
            {
                "the same page read oldest first, as Dossier reads it",
                "SELECT *" + owner + " ORDER BY created_at, id OFFSET 0 LIMIT " + page
            },
            {
                "OFFSET page of 100 in the middle (depth " + (n / 2) + ")",
                "SELECT *" + owner + " ORDER BY created_at DESC, id DESC OFFSET " + (n / 2) + " LIMIT " + page
            },
        };
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
                Statement st = c.createStatement()) {
            StringBuilder sb = new StringBuilder("SQL alone on PostgreSQL, p50 of 5:");
            for (String[] q : queries) {
                List<Long> lat = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    long t = System.nanoTime();
                    try (ResultSet rs = st.executeQuery(q[1])) {
                        while (rs.next()) {
                            // drain
                        }
                    }
                    if (i > 0) {
                        lat.add(System.nanoTime() - t);
                    }
                }
                sb.append(String.format(Locale.ROOT, " %s %.1f ms;", q[0], pct(lat, 50)));
            }
            return sb.toString();
        } catch (Exception e) {
            return "SQL breakdown not measured: " + e;
        }
    }
}
