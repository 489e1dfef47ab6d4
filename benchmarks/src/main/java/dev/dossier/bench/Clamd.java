package dev.dossier.bench;

import static dev.dossier.bench.Log.log;

import dev.dossier.adapters.storage.scanning.ClamdAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A clamd of the bench's own, on a free TCP port and a Unix socket, with a database of one harmless
 * signature (clamd does not start without one, and no signatures can be downloaded on the build
 * machines): it measures the protocol, the copy and clamd's parsing of a file, not the matching of
 * millions of signatures. Started once per run; the server under test scans every upload with it.
 */
final class Clamd implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path socket;

    private Clamd(Process process, int port, Path socket) {
        this.process = process;
        this.port = port;
        this.socket = socket;
    }

    long pid() {
        return process.pid();
    }

    ClamdAddress tcp() {
        return ClamdAddress.tcp("127.0.0.1", port);
    }

    ClamdAddress unix() {
        return ClamdAddress.unix(socket);
    }

    /** Starts clamd with its files under {@code dir}; returns when its Unix socket exists. */
    static Clamd start(Path dir) throws IOException, InterruptedException {
        Path db = Files.createDirectories(dir.resolve("db"));
        String marker = HexFormat.of().formatHex("DOSSIER-BENCH-NOT-MALWARE".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(db.resolve("bench.ndb"), "Dossier-Bench-Marker:0:*:" + marker + "\n");
        int port = freePort();
        Path socket = dir.resolve("clamd.ctl");
        Path config = dir.resolve("clamd.conf");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "Foreground yes",
                        "TCPSocket " + port,
                        "TCPAddr 127.0.0.1",
                        "LocalSocket " + socket,
                        "StreamMaxLength 11M",
                        "DatabaseDirectory " + db,
                        ""));
        Files.deleteIfExists(socket);
        log("clamd: starting on a one-signature database (" + socket + ")");
        Process clamd = new ProcessBuilder(executable(), "--config-file=" + config)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("clamd.log").toFile())
                .start();
        // the shell's EXIT trap kills whatever is listed here, should this JVM die abruptly
        String pids = System.getenv("BENCH_PID_FILE");
        if (pids != null) {
            Files.writeString(Path.of(pids), clamd.pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        for (int i = 0; i < 600 && !Files.exists(socket); i++) {
            if (!clamd.isAlive()) {
                throw new IllegalStateException("clamd exited; see " + dir.resolve("clamd.log"));
            }
            Thread.sleep(50);
        }
        if (!Files.exists(socket)) {
            clamd.destroyForcibly();
            throw new IllegalStateException("clamd did not open its socket in 30 s; see " + dir.resolve("clamd.log"));
        }
        return new Clamd(clamd, port, socket);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
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
