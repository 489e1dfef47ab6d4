package dev.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's settings, read once from the BENCH_* environment variables that scripts/bench.sh sets
 * (the defaults suit a run by hand against a local stack).
 *
 * @param phases the phases to run, in BENCH_ONLY's order (the bench runs them in its own order)
 * @param allPhases every phase there is: a run of all of them is a full run
 */
record BenchConfig(
        Path root,
        Path work,
        String s3Endpoint,
        String s3AccessKey,
        String s3SecretKey,
        Long s3ProxyPid,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String pgbench,
        String wrk,
        int seedDocuments,
        int rateSeconds,
        int pageReps,
        int startupRuns,
        String serverJavaOpts,
        String clamdAddress,
        List<String> phases,
        List<String> allPhases) {

    BenchConfig {
        phases = List.copyOf(phases);
        allPhases = List.copyOf(allPhases);
        List<String> unknown = new ArrayList<>(phases);
        unknown.removeAll(allPhases);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "BENCH_ONLY names no phase " + unknown + "; the phases are " + String.join(",", allPhases));
        }
    }

    static BenchConfig fromEnvironment(List<String> allPhases) {
        String s3ProxyPid = env("BENCH_S3_PID", null);
        List<String> phases = new ArrayList<>();
        for (String p : env("BENCH_ONLY", String.join(",", allPhases)).split(",")) {
            if (!p.isBlank()) {
                phases.add(p.strip());
            }
        }
        return new BenchConfig(
                Path.of(env("BENCH_ROOT", ".")).toAbsolutePath(),
                Path.of(env("BENCH_WORK", "/tmp/dossier-bench")).toAbsolutePath(),
                env("BENCH_S3_ENDPOINT", "http://127.0.0.1:9000"),
                env("BENCH_S3_ACCESS_KEY", "bench"),
                env("BENCH_S3_SECRET_KEY", "bench-secret"),
                // S3Proxy's process, started by bench.sh; unset when the bench runs against another S3
                s3ProxyPid == null ? null : Long.valueOf(s3ProxyPid),
                env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/dossier_bench"),
                env("BENCH_DB_USER", "dossier"),
                env("BENCH_DB_PASSWORD", "dossier"),
                env("BENCH_PGBENCH", "/usr/lib/postgresql/15/bin/pgbench"),
                env("BENCH_WRK", "wrk"),
                Integer.parseInt(env("BENCH_SEED_DOCUMENTS", "1000000")),
                Integer.parseInt(env("BENCH_RATE_SECONDS", "8")),
                Integer.parseInt(env("BENCH_PAGE_REPS", "15")),
                Integer.parseInt(env("BENCH_STARTUP_RUNS", "5")),
                // extra JVM options for every server, e.g. a JFR recording to profile a phase
                env("BENCH_SERVER_JAVA_OPTS", ""),
                // a clamd to measure the malware scan against; unset: the scan phase starts one of its own
                env("BENCH_CLAMD_ADDRESS", null),
                phases,
                allPhases);
    }

    boolean enabled(String phase) {
        return phases.contains(phase);
    }

    /** Whether every phase runs: only a full run replaces the committed results. */
    boolean fullRun() {
        return phases.containsAll(allPhases);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
