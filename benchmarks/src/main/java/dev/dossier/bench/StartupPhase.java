package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.describe;
import static dev.dossier.bench.Stats.median;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Row 6: seconds from process start to /health/ready, for bare Payara Micro (the floor), the
 * embedded default and PostgreSQL + S3. One start on a shared 2-core machine varies by a second or
 * more, so each row is the median of BENCH_STARTUP_RUNS starts, taken in rounds of one start of each
 * kind. The last PostgreSQL + S3 server stays up as the server under test.
 */
final class StartupPhase implements Phase {
    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run(Harness h) throws Exception {
        int runs = h.config().startupRuns();
        Path bareRoot = bareServerRoot(h);
        List<Double> bareStarts = new ArrayList<>();
        List<Double> embedded = new ArrayList<>();
        List<Double> pgStarts = new ArrayList<>();
        // one start of each kind per round, so that each kind meets the machine as the others do: in
        // runs of one kind after the other, a slow minute fell on one kind's starts alone
        for (int i = 1; i <= runs; i++) {
            log("start-up " + i + "/" + runs + ": bare Payara Micro (an empty application, same image treatment)");
            DossierServer bare = h.servers().start("bare-" + i, Map.of(), false, bareRoot);
            bareStarts.add(bare.awaitReady(180));
            bare.stop();
            log("start-up " + i + "/" + runs + ": embedded default (H2 + file system, empty data directory)");
            DossierServer local = h.servers()
                    .start("embedded-" + i, Map.of(), false, h.config().root());
            embedded.add(local.awaitReady(180));
            local.stop();
            log("start-up " + i + "/" + runs + ": PostgreSQL + S3"
                    + (i == 1 ? " (fresh database: Flyway migrates it)" : ""));
            pgStarts.add(h.restartServer("postgres-s3-" + i, Map.of()));
            if (i < runs) {
                h.stopServer(); // nothing runs beside the next round's starts
            }
        }
        double bare = median(bareStarts);
        h.results()
                .row(
                        "6",
                        "start-up to /health/ready, bare Payara Micro: an empty application, same image,"
                                + " class-data archive and options (median of " + describe(bareStarts) + ")",
                        "s",
                        bare,
                        null,
                        null,
                        "(the stack's floor)",
                        null);

        double secs = median(embedded);
        h.results()
                .row(
                        "6",
                        "start-up to /health/ready, embedded default (median of " + describe(embedded) + ")",
                        "s",
                        secs,
                        bare,
                        secs / bare,
                        "≤ 8 s",
                        secs <= 8);

        double pgSecs = median(pgStarts);
        h.results()
                .row(
                        "6",
                        "start-up to /health/ready, PostgreSQL + S3 (median of " + describe(pgStarts)
                                + "; the first migrates a fresh database)",
                        "s",
                        pgSecs,
                        bare,
                        pgSecs / bare,
                        "≤ 8 s",
                        pgSecs <= 8);
    }

    /**
     * A checkout-shaped directory whose scripts/run.sh serves an empty application (a web.xml and
     * one page) on the same Payara Micro: run.sh prepares its own image for it, unpacked and with a
     * class-data-sharing archive recorded from a training start, as for Dossier. Its start-up is the
     * floor under Dossier's on this machine at this moment.
     */
    private static Path bareServerRoot(Harness h) throws Exception {
        Path root = h.config().root();
        Path bareRoot = h.config().work().resolve("bare-payara");
        Path runtime = bareRoot.resolve("bootstrap/target/runtime");
        Files.createDirectories(runtime.resolve("lib")); // no libraries
        Files.createSymbolicLink(bareRoot.resolve("scripts"), root.resolve("scripts"));
        for (String jar : List.of("payara-micro.jar", "postgresql.jar")) {
            Files.createSymbolicLink(
                    runtime.resolve(jar),
                    root.resolve("bootstrap/target/runtime").resolve(jar));
        }
        try (ZipOutputStream zip =
                new ZipOutputStream(Files.newOutputStream(bareRoot.resolve("bootstrap/target/dossier.war")))) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!doctype html><title>empty</title>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        log("start-up: preparing the bare Payara Micro image (once, not timed)");
        h.exec(List.of("bash", bareRoot.resolve("scripts/run.sh").toString(), "--prepare"));
        return bareRoot;
    }
}
