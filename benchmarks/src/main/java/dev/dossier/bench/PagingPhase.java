package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.SeedPhase.SEED_EPOCH;
import static dev.dossier.bench.SeedPhase.seededId;
import static dev.dossier.bench.Stats.fmt;
import static dev.dossier.bench.Stats.pct;

import dev.dossier.application.paging.CursorCodec;
import dev.dossier.application.paging.CursorScope;
import dev.dossier.application.paging.CursorSigningKey;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest.Direction;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Row 3: list pages of 100 at depth 0, 10k, 100k and the last page of the seeded entity, on v2
 * (cursors), the business surface (limit/offset) and v1 (limit only), with what the SQL alone costs.
 * The v2 pages at depth are reached with the cursor the page before would have handed out, made
 * with Dossier's own {@link CursorCodec} and the server's signing key. Needs the seed phase.
 */
final class PagingPhase implements Phase {
    private static final int PAGE = 100;

    @Override
    public String name() {
        return "paging";
    }

    @Override
    public void run(Harness h) throws Exception {
        int n = h.requireSeeded(name());
        int reps = h.config().pageReps();
        DossierApi api = h.api();
        DossierApi.Tenant tenant = api.tenant();
        int[] depths = {0, 10_000, 100_000, n - PAGE};
        String[] labels = {"0", "10k", "100k", (n >= 1_000_000 ? "1M" : (n / 1000) + "k") + " (last page)"};
        String v2 = "/api/v2/entities/" + tenant.entityId() + "/documents/?page_size=" + PAGE;
        // depth 0 first: it makes the server create its cursor signing key if it has none yet
        double[] v2First = sample(api, v2, reps);
        JsonObject first = DossierApi.json(api.get(v2));
        byte[] key = signingKey(h.config());
        CursorCodec codec = CursorCodec.withKey(key::clone);
        for (int i = 0; i < depths.length; i++) {
            int d = depths[i];
            if (d > n - PAGE || d < 0) {
                continue;
            }
            double[] s;
            if (d == 0) {
                s = v2First;
            } else {
                // the cursor the previous page would have handed out: its last item is seeded doc n-d+1
                long g = (long) n - d + 1;
                KeysetPosition last = new KeysetPosition(SEED_EPOCH.plusMillis(g), UUID.fromString(seededId(g)));
                String url = v2 + "&after=" + codec.encode(scope(tenant, tenant.entityId()), Direction.OLDER, last);
                String firstId = firstResultId(api.get(url));
                if (!seededId(g - 1).equals(firstId)) {
                    throw new IllegalStateException("v2 page at depth " + d + " does not start at the expected item "
                            + seededId(g - 1) + " but at " + firstId);
                }
                log("paging: v2 depth " + labels[i]);
                s = sample(api, url, reps);
            }
            h.results()
                    .row(
                            "3",
                            "v2 cursor page (100) at depth " + labels[i] + " (p50 ms; p95 " + fmt(s[1]) + ")",
                            "ms p50",
                            s[0],
                            v2First[0],
                            s[0] / v2First[0],
                            d == 100_000 ? "≤ 1.5× first page" : "(info)",
                            d == 100_000 ? s[0] / v2First[0] <= 1.5 : null);
        }
        h.results().note(PagingSql.breakdown(h.config(), tenant, n, PAGE));
        if (!first.containsKey("next_cursor") || first.isNull("next_cursor")) {
            h.results().note("v2 first page had no next_cursor field");
        }
        // business surface: limit/offset
        String biz = "/v1/businesses/urn:uuid:" + tenant.entityId() + "/documents?limit=" + PAGE + "&offset=";
        double[] bizFirst = null;
        for (int i = 0; i < depths.length; i++) {
            int d = depths[i];
            log("paging: business offset " + labels[i]);
            double[] s = sample(api, biz + d, d >= 100_000 ? Math.max(5, reps / 2) : reps);
            if (bizFirst == null) {
                bizFirst = s;
            }
            h.results()
                    .row(
                            "3",
                            "business offset page (100) at depth " + labels[i] + " (p50 ms; p95 " + fmt(s[1]) + ")",
                            "ms p50",
                            s[0],
                            bizFirst[0],
                            s[0] / bizFirst[0],
                            "(info)",
                            null);
        }
        // v1 has only `limit` (1–1000, newest first): no offset or cursor, so no page lies deeper than 1000
        String v1 = "/api/v1/entities/" + tenant.entityId() + "/documents/?limit=";
        log("paging: v1 limit 100 / 1000");
        double[] v1a = sample(api, v1 + "100", reps);
        double[] v1b = sample(api, v1 + "1000", reps);
        h.results()
                .row(
                        "3",
                        "v1 list limit=100 (p50 ms; p95 " + fmt(v1a[1]) + ")",
                        "ms p50",
                        v1a[0],
                        v1a[0],
                        1.0,
                        "(info)",
                        null);
        h.results()
                .row(
                        "3",
                        "v1 list limit=1000, deepest v1 reaches (p50 ms; p95 " + fmt(v1b[1]) + ")",
                        "ms p50",
                        v1b[0],
                        v1a[0],
                        v1b[0] / v1a[0],
                        "(info)",
                        null);
        h.results()
                .note("v1 lists take only `limit` (max 1000) — no offset and no cursor — so v1 cannot reach depth"
                        + " 10k/100k/1M at all; its rows show limit=100 vs limit=1000.");
    }

    /**
     * The scope of the entity's document list, unfiltered, as the server's document list service
     * makes it: a cursor signed for another scope is refused, so a change there shows here as a 400.
     */
    static CursorScope scope(DossierApi.Tenant tenant, String entityId) {
        return CursorScope.of("documents", tenant.id(), "entity:" + entityId, Optional.empty());
    }

    /**
     * The key the server signs cursors with, as it keeps it: read from the database once, after the
     * first v2 page made the server create it. The bench never creates it.
     */
    static byte[] signingKey(BenchConfig config) throws Exception {
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
                PreparedStatement ps = c.prepareStatement("SELECT secret FROM server_secret WHERE name = ?")) {
            ps.setString(1, CursorSigningKey.NAME);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no cursor signing key in server_secret");
                }
                return rs.getString(1).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** The id of a v2 page's first result; null for an empty page. */
    static String firstResultId(String page) {
        JsonArray results = DossierApi.json(page).getJsonArray("results");
        return results == null || results.isEmpty()
                ? null
                : results.getJsonObject(0).getString("id", null);
    }

    /** {p50 ms, p95 ms} of {@code reps} sequential GETs of {@code path} (after one warm-up). */
    static double[] sample(DossierApi api, String path, int reps) throws Exception {
        api.get(path);
        List<Long> lat = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            api.get(path);
            lat.add(System.nanoTime() - t);
        }
        return new double[] {pct(lat, 50), pct(lat, 95)};
    }
}
