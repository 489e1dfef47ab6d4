package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.fmt;
import static dev.dossier.bench.Stats.pct;

import dev.dossier.adapters.storage.scanning.ClamdAddress;
import dev.dossier.adapters.storage.scanning.ClamdMalwareScanner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Row 7: what the malware scan adds to an upload, as Dossier's clamd client scans the bench's 10 MiB
 * PDF, over TCP and over a Unix socket, one file at a time. Against BENCH_CLAMD_ADDRESS when set (a
 * production-like clamd with the official signatures); otherwise against a clamd started here on a
 * database of one harmless signature (no signatures can be downloaded on the build machines), which
 * measures the protocol, the copy and clamd's parsing of the file, not the matching of millions of
 * signatures.
 */
final class ScanPhase implements Phase {
    private static final int WARM_UP = 5;
    private static final int SCANS = 20;

    @Override
    public String name() {
        return "scan";
    }

    @Override
    public void run(Harness h) throws Exception {
        byte[] pdf = h.transfers().payload();
        if (h.config().clamdAddress() != null) {
            ClamdAddress given = ClamdAddress.parse(h.config().clamdAddress());
            measure(h, given, given.toString() + ", BENCH_CLAMD_ADDRESS", pdf);
            return;
        }
        Path dir = Files.createDirectories(h.config().work().resolve("clamd"));
        Process clamd = start(dir);
        try {
            measure(h, ClamdAddress.tcp("127.0.0.1", port(dir)), "TCP, one-signature database", pdf);
            measure(h, ClamdAddress.unix(dir.resolve("clamd.ctl")), "Unix socket, one-signature database", pdf);
        } finally {
            clamd.destroy();
            if (!clamd.waitFor(10, TimeUnit.SECONDS)) {
                clamd.destroyForcibly();
            }
        }
    }

    private static void measure(Harness h, ClamdAddress address, String how, byte[] pdf) {
        ClamdMalwareScanner scanner = new ClamdMalwareScanner(address, Duration.ofSeconds(30));
        log("scan: " + how + ", " + WARM_UP + " warm-up and " + SCANS + " timed scans of 10 MiB");
        for (int i = 0; i < WARM_UP; i++) {
            scanner.scan(new ByteArrayInputStream(pdf));
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < SCANS; i++) {
            long start = System.nanoTime();
            if (!scanner.scan(new ByteArrayInputStream(pdf)).isClean()) {
                throw new IllegalStateException("clamd flagged the bench's PDF");
            }
            nanos.add(System.nanoTime() - start);
        }
        double median = pct(nanos, 50);
        h.results()
                .row(
                        "7",
                        "malware scan of a 10 MiB PDF, clamd INSTREAM over " + how + " (ms per file, median of "
                                + SCANS + "; p95 " + fmt(pct(nanos, 95)) + "; "
                                + fmt(Transfers.FILE_BYTES / 1048576.0 / (median / 1000)) + " MiB/s)",
                        "ms",
                        median,
                        null,
                        null,
                        "(info: added to each upload)",
                        null);
    }

    /** A clamd of its own on a free port and a Unix socket under {@code dir}; returns when it answers. */
    private static Process start(Path dir) throws IOException, InterruptedException {
        Path db = Files.createDirectories(dir.resolve("db"));
        // one harmless signature: clamd does not start without a database
        String marker = HexFormat.of().formatHex("DOSSIER-BENCH-NOT-MALWARE".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(db.resolve("bench.ndb"), "Dossier-Bench-Marker:0:*:" + marker + "\n");
        int port = freePort();
        Files.writeString(dir.resolve("port"), Integer.toString(port));
        Path config = dir.resolve("clamd.conf");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "Foreground yes",
                        "TCPSocket " + port,
                        "TCPAddr 127.0.0.1",
                        "LocalSocket " + dir.resolve("clamd.ctl"),
                        "StreamMaxLength 11M",
                        "DatabaseDirectory " + db,
                        ""));
        Files.deleteIfExists(dir.resolve("clamd.ctl"));
        Process clamd = new ProcessBuilder(executable(), "--config-file=" + config)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("clamd.log").toFile())
                .start();
        // the shell's EXIT trap kills whatever is listed here, should this JVM die abruptly
        String pids = System.getenv("BENCH_PID_FILE");
        if (pids != null) {
            Files.writeString(Path.of(pids), clamd.pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        for (int i = 0; i < 600 && !Files.exists(dir.resolve("clamd.ctl")); i++) {
            if (!clamd.isAlive()) {
                throw new IllegalStateException("clamd exited; see " + dir.resolve("clamd.log"));
            }
            Thread.sleep(50);
        }
        return clamd;
    }

    private static int port(Path dir) throws IOException {
        return Integer.parseInt(Files.readString(dir.resolve("port")).strip());
    }

    private static String executable() {
        for (String candidate : List.of("/usr/sbin/clamd", "/usr/local/sbin/clamd")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "clamd";
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
