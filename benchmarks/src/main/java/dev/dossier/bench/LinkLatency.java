package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.describe;
import static dev.dossier.bench.Stats.fmt;
import static dev.dossier.bench.Stats.medianBy;
import static dev.dossier.bench.Stats.pct;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The link-issue row of row 2: the p50 of one link request against that of Dossier's cheapest
 * authenticated request (a GET of the same document's metadata), both driven by wrk with one
 * connection on compiled code, in rounds of one each, the row the round with the median ratio. Beside
 * it, the same statements straight on PostgreSQL: the GET reads the document; a link reads it and
 * inserts its single-use token, which commits on its own (asynchronously), the floor of the ratio.
 */
final class LinkLatency {
    static final int ROUNDS = 3;
    private static final int SQL_WARM_UP = 500;
    private static final int SQL_TIMED = 2000;

    private record Round(Rate link, Rate get) {
        double ratio() {
            return link.p50Millis() / get.p50Millis();
        }
    }

    /**
     * The SQL of each request alone, p50 ms over the same connection: the GET's read, a link's as
     * Dossier issues it (two statements, each committed on its own, the insert asynchronously), and a
     * link's in one transaction, as an audited issue makes it.
     */
    private record Sql(double getMillis, double linkMillis, double linkInTransactionMillis) {}

    private LinkLatency() {}

    static void measure(Harness h, DossierApi.Tenant tenant, String documentId) throws Exception {
        String link = "/api/v1/documents/" + documentId + "/download/";
        String get = "/api/v1/documents/" + documentId + "/";
        List<Round> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            log("link issue against GET metadata, 1 connection, round " + round + " of " + ROUNDS);
            Rate g = Wrk.rate(h, 1, get, null, true, tenant.apiKey());
            Rate l = Wrk.rate(h, 1, link, null, true, tenant.apiKey());
            rounds.add(new Round(l, g));
        }
        Round median = medianBy(rounds, Round::ratio);
        Sql sql = sql(h.config(), tenant.id(), documentId);
        double getMillis = median.get().p50Millis();
        // the GET's p50 with the link's statements in place of its read: the link before any own work
        double floorMillis = getMillis - sql.getMillis() + sql.linkMillis();
        double floor = floorMillis / getMillis;
        double floorInTransaction = (getMillis - sql.getMillis() + sql.linkInTransactionMillis()) / getMillis;
        double own = median.link().p50Millis() - floorMillis;
        h.results()
                .note(String.format(
                        Locale.ROOT,
                        "download link issue: the statements alone on PostgreSQL (JDBC, p50 of %d): the metadata"
                                + " GET's read %.3f ms; a link's read and token insert, each committed on its own"
                                + " (the insert asynchronously) %.3f ms. Put in place of the read in the GET's own"
                                + " p50 (%.3f ms), they make %.3f ms: the floor of the ratio is %.2f× before any of"
                                + " Dossier's own work for the link, which is the rest, %.3f ms. In one transaction,"
                                + " as an audited issue makes them, the statements take %.3f ms, a floor of %.2f×",
                        SQL_TIMED,
                        sql.getMillis(),
                        sql.linkMillis(),
                        getMillis,
                        floorMillis,
                        floor,
                        own,
                        sql.linkInTransactionMillis(),
                        floorInTransaction));
        h.results()
                .row(
                        "2",
                        "download link issue, p50 ms at 1 connection (wrk; p99 "
                                + fmt(median.link().p99Millis())
                                + " vs " + fmt(median.get().p99Millis()) + "), against Dossier's cheapest authenticated"
                                + " request (GET the same document's metadata) in the same round (median of "
                                + describe(rounds.stream().map(Round::ratio).toList()) + "; the SQL alone makes "
                                + fmt(floor) + "×)",
                        "ms",
                        median.link().p50Millis(),
                        median.get().p50Millis(),
                        median.ratio(),
                        "≤ 1.5× cheapest authenticated request",
                        median.ratio() <= 1.5);
    }

    /** The GET's statement and the link's, alternated on one connection. */
    private static Sql sql(BenchConfig config, String tenantId, String documentId) throws Exception {
        UUID tenant = UUID.fromString(tenantId);
        UUID document = UUID.fromString(documentId);
        SecureRandom random = new SecureRandom();
        List<Long> reads = new ArrayList<>();
        List<Long> links = new ArrayList<>();
        List<Long> inTransaction = new ArrayList<>();
        String columns = "INSERT INTO download_token (secret_hash, tenant_id, document_id, issued_at, expires_at,"
                + " redeemed_at)";
        try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
                PreparedStatement read = c.prepareStatement("SELECT * FROM document WHERE tenant_id = ? AND id = ?");
                PreparedStatement insertAlone = c.prepareStatement(columns + " SELECT ?, ?, ?, ?, ?, NULL FROM"
                        + " (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous_commit");
                PreparedStatement insert = c.prepareStatement(columns + " VALUES (?, ?, ?, ?, ?, NULL)")) {
            read.setObject(1, tenant);
            read.setObject(2, document);
            for (PreparedStatement tokenInsert : List.of(insertAlone, insert)) {
                tokenInsert.setObject(2, tenant);
                tokenInsert.setObject(3, document);
            }
            for (int i = 0; i < SQL_WARM_UP + SQL_TIMED; i++) {
                long t0 = System.nanoTime();
                drain(read);
                long t1 = System.nanoTime();
                drain(read);
                insertToken(insertAlone, random);
                long t2 = System.nanoTime();
                c.setAutoCommit(false);
                drain(read);
                insertToken(insert, random);
                c.commit();
                c.setAutoCommit(true);
                long t3 = System.nanoTime();
                if (i >= SQL_WARM_UP) {
                    reads.add(t1 - t0);
                    links.add(t2 - t1);
                    inTransaction.add(t3 - t2);
                }
            }
        }
        return new Sql(pct(reads, 50), pct(links, 50), pct(inTransaction, 50));
    }

    /** A token as a link inserts it: a fresh secret's hash, valid for a minute. */
    private static void insertToken(PreparedStatement insert, SecureRandom random) throws Exception {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        long now = System.currentTimeMillis();
        insert.setString(1, HexFormat.of().formatHex(secret));
        insert.setTimestamp(4, new Timestamp(now));
        insert.setTimestamp(5, new Timestamp(now + 60_000));
        insert.executeUpdate();
    }

    private static void drain(PreparedStatement read) throws Exception {
        try (ResultSet rs = read.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("link SQL: the document is not there");
            }
        }
    }
}
