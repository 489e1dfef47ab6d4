package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.describe;
import static dev.dossier.bench.Stats.fmt;
import static dev.dossier.bench.Stats.medianBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Row 4: GETs of a seeded document's metadata by id through Dossier (wrk) with 1, 16 and 64
 * connections, beside the same indexed lookup on PostgreSQL (pgbench), and a v1 list page of 50; the
 * targets at 16 connections are fractions of the ceiling of the stack: Dossier's own 401, which
 * passes the HTTP stack and the authentication filter but no database, each target the median of
 * {@link #TARGET_ROUNDS} rounds. Needs the seed phase.
 */
final class RatePhase implements Phase {
    /** Rounds of the 16-connection targets. */
    static final int TARGET_ROUNDS = 3;

    private static final String FILTER_401 = "/api/v1/entities/";

    @Override
    public String name() {
        return "rate";
    }

    @Override
    public void run(Harness h) throws Exception {
        int n = h.requireSeeded(name());
        DossierApi api = h.api();
        DossierApi.Tenant tenant = api.tenant();
        Path script = h.config().work().resolve("get-by-id.sql");
        Files.writeString(
                script,
                "\\set i random(1, " + n + ")\n"
                        + "SELECT id, tenant_id, entity_id, file_name, content_type, size_bytes, sha256, storage_key,"
                        + " document_type, business_type, classification, uploaded_by, created_at, updated_at,"
                        + " expiry_date, review_status, decided_at, decided_by, rejection_reason, user_data"
                        + " FROM document WHERE tenant_id = '" + tenant.id() + "'"
                        + " AND id = ('00000000-0000-4000-8000-' || lpad(to_hex(:i::int), 12, '0'))::uuid;\n");
        Path lua = h.config().work().resolve("get-by-id.lua");
        // wrk's own Lua: a random seeded id per request, as pgbench's \set i random(1, n)
        Files.writeString(
                lua,
                "math.randomseed(" + System.nanoTime() % 1_000_000 + ")\n"
                        + "request = function()\n"
                        + "  return wrk.format(\"GET\", string.format(\"/api/v1/entities/" + tenant.entityId()
                        + "/documents/00000000-0000-4000-8000-%012x/\", math.random(1, " + n + ")),"
                        + " {[\"Authorization\"] = \"Bearer " + tenant.apiKey() + "\"})\n"
                        + "end\n");
        Map<Integer, Rate> dossier = new LinkedHashMap<>();
        Map<Integer, Rate> pg = new LinkedHashMap<>();
        for (int conns : new int[] {1, 16, 64}) {
            log("GET by id: " + conns + " connection(s), " + h.config().rateSeconds() + " s (after 2 s warm-up)");
            dossier.put(conns, Wrk.rate(h, conns, "/", lua, true));
            pg.put(conns, PgBench.rate(h, conns, script));
        }
        // the library grows with the phases that upload before this one: the label says its size
        long library = DossierApi.json(api.get("/api/v1/documents/?limit=1"))
                .getJsonNumber("count")
                .longValue();
        // the targets at 16 connections: rounds of the GET, the list page and the 401 ceiling one
        // after the other, each ratio taken within its round, the row the round with the median ratio;
        // one round alone lands on either side of a target by the machine's drift. The ceilings run
        // after the real requests in each round, on a server that has served them, as one in use has
        // (measured on a server that had answered nothing else, the same 401 ran markedly faster)
        List<Round> rounds = new ArrayList<>();
        for (int round = 1; round <= TARGET_ROUNDS; round++) {
            // the first round's GET is the 16-connection run above
            Rate get = dossier.get(16);
            if (round > 1) {
                log("GET by id, round " + round + " of " + TARGET_ROUNDS + ": 16 connections");
                get = Wrk.rate(h, 16, "/", lua, true);
            }
            log("list page of 50, round " + round + " of " + TARGET_ROUNDS + ": 16 connections");
            Rate list = Wrk.rate(h, 16, "/api/v1/documents/?limit=50", null, true, tenant.apiKey());
            log("HTTP ceiling, round " + round + " of " + TARGET_ROUNDS + ": 401, 16 connections");
            Rate ceiling = Wrk.rate(h, 16, FILTER_401, null, false);
            rounds.add(new Round(get, list, ceiling));
        }
        Round byGet = medianBy(rounds, Round::getRatio);
        ceilingRows(h, 16, byGet.ceiling());
        infoRow(h, 1, dossier.get(1), pg.get(1));
        Rate p16 = pg.get(16);
        targetRow(
                h,
                "GET document by id, 16 conn (req/s; p50/p99 ms Dossier " + latencies(byGet.get()) + ", pgbench "
                        + latencies(p16) + " at " + fmt(p16.perSecond()) + " req/s)",
                byGet.get(),
                rounds,
                Round::getRatio,
                0.5);
        infoRow(h, 64, dossier.get(64), pg.get(64));
        Round byList = medianBy(rounds, Round::listRatio);
        targetRow(
                h,
                "list page of 50 (v1 tenant library of " + library + " documents, with its count), 16 conn (req/s;"
                        + " p50/p99 ms " + latencies(byList.list()) + ")",
                byList.list(),
                rounds,
                Round::listRatio,
                0.25);
    }

    /**
     * A target row at 16 connections: {@code measured} of the round with the median {@code ratio},
     * against that round's 401 ceiling, at least {@code bound} times it.
     */
    private static void targetRow(
            Harness h, String label, Rate measured, List<Round> rounds, ToDoubleFunction<Round> ratio, double bound) {
        Round median = medianBy(rounds, ratio);
        double r = ratio.applyAsDouble(median);
        h.results()
                .row(
                        "4",
                        label + ", against the 401 ceiling of the same round (median of "
                                + describe(rounds.stream()
                                        .map(ratio::applyAsDouble)
                                        .toList()) + ")",
                        "req/s",
                        measured.perSecond(),
                        median.ceiling().perSecond(),
                        r,
                        "≥ " + bound + "× 401 ceiling",
                        r >= bound);
    }

    private static void infoRow(Harness h, int conns, Rate d, Rate p) {
        h.results()
                .row(
                        "4",
                        "GET document by id, " + conns + " conn (req/s; p50/p99 ms Dossier " + latencies(d)
                                + ", pgbench " + latencies(p) + " at " + fmt(p.perSecond()) + " req/s)",
                        "req/s",
                        d.perSecond(),
                        p.perSecond(),
                        d.perSecond() / p.perSecond(),
                        "(info)",
                        null);
    }

    /** One round of the targets at 16 connections: the GET by id, the list page and the 401 ceiling. */
    record Round(Rate get, Rate list, Rate ceiling) {
        double getRatio() {
            return get.perSecond() / ceiling.perSecond();
        }

        double listRatio() {
            return list.perSecond() / ceiling.perSecond();
        }
    }

    private static String latencies(Rate r) {
        return fmt(r.p50Millis()) + "/" + fmt(r.p99Millis());
    }

    /**
     * The ceiling rows: the 401 of the round the GET row comes from, then the same load generator
     * against the other requests that never reach Dossier's services or the database.
     */
    private static void ceilingRows(Harness h, int conns, Rate filter401) throws Exception {
        String[][] paths = {
            {"/no-such-path", "404 from Payara's web container (no JAX-RS, no Dossier code)"},
            {FILTER_401, "401 from Dossier's JAX-RS filter, no key (no database), the median round's"},
            {"/health/live", "GET /health/live, MicroProfile Health (no database)"},
        };
        for (String[] p : paths) {
            Rate r = filter401;
            if (!p[0].equals(FILTER_401)) {
                log("HTTP ceiling: " + p[0] + ", " + conns + " connections");
                r = Wrk.rate(h, conns, p[0], null, false);
            }
            h.results()
                    .row(
                            "4",
                            "ceiling: " + p[1] + ", " + conns + " conn (req/s; p50/p99 ms " + latencies(r) + ")",
                            "req/s",
                            r.perSecond(),
                            null,
                            null,
                            "(the targets' base)",
                            null);
        }
    }
}
