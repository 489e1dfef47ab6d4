package dev.dossier.bench;

import java.util.List;

/**
 * The benchmark suite: measures Dossier against the raw components it sits on (S3Proxy through the
 * MinIO client, PostgreSQL through pgbench) in the same run, and prints a table of ratios; and what
 * the malware scan adds to an upload (clamd). Started
 * by {@code scripts/bench.sh}, which provides S3Proxy and a fresh database and passes everything in
 * as BENCH_* environment variables (see {@link BenchConfig}). Each phase is a class of its own on a
 * shared {@link Harness}; every loop is bounded; every request goes to 127.0.0.1.
 */
public final class Bench {
    /** Every phase, in the order of a full run (the order of the table's rows). */
    static final List<Phase> PHASES = List.of(
            new StartupPhase(),
            new UploadPhase(),
            new DownloadPhase(),
            new SeedPhase(),
            new RatePhase(),
            new PagingPhase(),
            new ListScalePhase(),
            new WebhookPhase(),
            new MemoryPhase(),
            new ScanPhase(),
            new InspectPhase());

    private Bench() {}

    public static void main(String[] args) {
        BenchConfig config =
                BenchConfig.fromEnvironment(PHASES.stream().map(Phase::name).toList());
        Results results = new Results();
        Harness harness = new Harness(config, results);
        Runtime.getRuntime().addShutdownHook(new Thread(harness::stopServers));
        int status = 0;
        try {
            harness.prepare();
            for (Phase phase : PHASES) {
                if (config.enabled(phase.name())) {
                    phase.run(harness);
                }
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            results.note("the run stopped early: " + e);
            status = 1;
        } finally {
            harness.stopServers();
            results.write(config);
        }
        // the MinIO client's HTTP threads would keep the JVM alive for a minute
        System.exit(status);
    }
}
