package dev.dossier.bench;

import static dev.dossier.bench.Stats.pct;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pgbench, PostgreSQL's own load generator: the raw component the rate phase compares Dossier with. */
final class PgBench {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private PgBench() {}

    /**
     * The rate of {@code script} on the bench's database with {@code conns} connections
     * (BENCH_RATE_SECONDS, after a 2 s warm-up run, as for the API), its latencies from pgbench's
     * per-transaction log.
     */
    static Rate rate(Harness h, int conns, Path script) throws Exception {
        BenchConfig config = h.config();
        Path logDir = Files.createTempDirectory(config.work(), "pgbench-" + conns + "-");
        Matcher m = URL.matcher(config.dbUrl());
        if (!m.find()) {
            throw new IllegalStateException("cannot read host/port/db from " + config.dbUrl());
        }
        List<String> cmd = List.of(
                config.pgbench(),
                "-n",
                "-M",
                "prepared",
                "-c",
                String.valueOf(conns),
                "-j",
                String.valueOf(Math.min(conns, 2)),
                "-T",
                String.valueOf(config.rateSeconds()),
                "-f",
                script.toString(),
                "-l",
                "--log-prefix=" + logDir.resolve("tx"),
                "-h",
                m.group(1),
                "-p",
                m.group(2),
                "-U",
                config.dbUser(),
                m.group(3));
        List<String> warm = new ArrayList<>(cmd);
        warm.set(warm.indexOf("-T") + 1, "2");
        warm.removeIf(a -> a.equals("-l") || a.startsWith("--log-prefix"));
        h.exec(warm);
        String out = h.exec(cmd);
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench: no tps in\n" + out);
        }
        List<Long> lat = new ArrayList<>();
        try (var files = Files.list(logDir)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] p = line.split(" ");
                    if (p.length > 2) {
                        lat.add(Long.parseLong(p[2]) * 1000L); // µs → ns
                    }
                }
            }
        }
        return new Rate(Double.parseDouble(tps.group(1)), pct(lat, 50), pct(lat, 99));
    }
}
