package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.fmt;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Row 4: GETs of a seeded document's metadata by id through Dossier (wrk) against the same indexed
 * lookup on PostgreSQL (pgbench), with 1, 16 and 64 connections, and at 16 connections the ceiling
 * of the HTTP stack itself. Needs the seed phase.
 */
final class RatePhase implements Phase {
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
        for (int conns : new int[] {1, 16, 64}) {
            log("GET by id: " + conns + " connection(s), " + h.config().rateSeconds() + " s (after 2 s warm-up)");
            Rate dossier = Wrk.rate(h, conns, "/", lua, true);
            Rate pg = PgBench.rate(h, conns, script);
            double ratio = dossier.perSecond() / pg.perSecond();
            h.results()
                    .row(
                            "4",
                            "GET document by id, " + conns + " conn (req/s; p50/p99 ms Dossier "
                                    + fmt(dossier.p50Millis()) + "/" + fmt(dossier.p99Millis()) + ", pgbench "
                                    + fmt(pg.p50Millis()) + "/" + fmt(pg.p99Millis()) + ")",
                            "req/s",
                            dossier.perSecond(),
                            pg.perSecond(),
                            ratio,
                            conns == 16 ? "≥ 0.4× pgbench" : "(info)",
                            conns == 16 ? ratio >= 0.4 : null);
            if (conns == 16) {
                ceilings(h, conns, pg.perSecond());
            }
        }
    }

    /**
     * The ceiling of this stack on this machine: the same load generator against requests that
     * never reach Dossier's services or the database. If even the bare HTTP container is below 40%
     * of pgbench, the GET-by-id target cannot be met by any change inside Dossier.
     */
    private static void ceilings(Harness h, int conns, double pgTps) throws Exception {
        String[][] paths = {
            {"/no-such-path", "404 from Payara's web container (no JAX-RS, no Dossier code)"},
            {"/api/v1/entities/", "401 from Dossier's JAX-RS filter, no key (no database)"},
            {"/health/live", "GET /health/live, MicroProfile Health (no database)"},
        };
        for (String[] p : paths) {
            log("HTTP ceiling: " + p[0] + ", " + conns + " connections");
            Rate r = Wrk.rate(h, conns, p[0], null, false);
            h.results()
                    .row(
                            "4",
                            "ceiling: " + p[1] + ", " + conns + " conn (req/s; p50/p99 ms " + fmt(r.p50Millis()) + "/"
                                    + fmt(r.p99Millis()) + ")",
                            "req/s",
                            r.perSecond(),
                            pgTps,
                            r.perSecond() / pgTps,
                            "(explains row 4)",
                            null);
        }
    }
}
