package dev.dossier.adapters.storage.scanning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Test support: a real clamd (Debian's clamav-daemon, which scripts/test.sh installs) in a process
 * of its own, listening on 127.0.0.1 and a Unix domain socket. Its database is one signature of
 * our own, so it starts at once: {@value #SIGNATURE} matches the EICAR test string
 * anywhere in a file, and INSTREAM reports it as {@value #REPORTED}. Published in this module's
 * test-jar for other modules' integration tests.
 */
public final class TestClamd implements AutoCloseable {
    public static final String SIGNATURE = "Dossier-Test-EICAR";
    public static final String REPORTED = SIGNATURE + ".UNOFFICIAL";

    private static final List<Path> EXECUTABLES = List.of(Path.of("/usr/sbin/clamd"), Path.of("/usr/local/sbin/clamd"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final Path config;
    private final int port;
    private final Path socket;
    private Process process;

    private TestClamd(Path dir, int port, String streamMaxLength) throws IOException {
        this.dir = Files.createDirectories(dir).toAbsolutePath();
        this.port = port;
        this.socket = socketPath(this.dir);
        Path database = Files.createDirectories(this.dir.resolve("db"));
        Files.writeString(
                database.resolve("test.ndb"),
                SIGNATURE + ":0:*:" + HexFormat.of().formatHex(eicar()) + "\n");
        this.config = this.dir.resolve("clamd.conf");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "Foreground yes",
                        "TCPSocket " + port,
                        "TCPAddr 127.0.0.1",
                        "LocalSocket " + socket,
                        "StreamMaxLength " + streamMaxLength,
                        "DatabaseDirectory " + database,
                        "LogFile " + this.dir.resolve("clamd.log"),
                        ""));
    }

    /** A clamd on {@code port} (0: any free one) with state under {@code dir}, taking streams up to 20M. */
    public static TestClamd start(Path dir, int port) throws IOException {
        return start(dir, port, "20M");
    }

    /** As {@link #start(Path, int)}, refusing streams longer than {@code streamMaxLength} ("1M"). */
    public static TestClamd start(Path dir, int port, String streamMaxLength) throws IOException {
        TestClamd clamd = new TestClamd(dir, port == 0 ? freePort() : port, streamMaxLength);
        clamd.start();
        return clamd;
    }

    /** The EICAR anti-virus test string, put together here so that no source file holds it whole. */
    public static byte[] eicar() {
        String[] parts = {"X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-TEST-FILE!$H+H*"};
        return String.join("", parts).getBytes(StandardCharsets.US_ASCII);
    }

    /** A small valid PDF with the EICAR test string in a comment, which this clamd finds. */
    public static byte[] eicarPdf() {
        String head = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ";
        String tail = "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        byte[] eicar = eicar();
        byte[] out = new byte[head.length() + eicar.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, out, 0, head.length());
        System.arraycopy(eicar, 0, out, head.length(), eicar.length);
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, out, head.length() + eicar.length, tail.length());
        return out;
    }

    public ClamdAddress tcp() {
        return ClamdAddress.tcp("127.0.0.1", port);
    }

    public ClamdAddress unix() {
        return ClamdAddress.unix(socket);
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts clamd (again) and waits until it takes connections on both sockets. */
    public synchronized void start() throws IOException {
        if (isRunning()) {
            return;
        }
        Files.deleteIfExists(socket);
        List<String> command = new ArrayList<>(List.of(executable().toString(), "--config-file=" + config));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("clamd.out").toFile()))
                .start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answers()) {
            if (!started.isAlive()) {
                throw new IllegalStateException("clamd exited with " + started.exitValue() + "; see " + dir);
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("clamd did not listen within " + START_TIMEOUT + "; see " + dir);
            }
            sleep(50);
        }
    }

    /** Stops clamd; its ports are closed when this returns. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    private boolean answers() {
        if (!Files.exists(socket)) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** clamd, from the usual places or the PATH; a missing one fails with how to get it. */
    static Path executable() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(p -> !p.isBlank())
                .map(p -> Path.of(p, "clamd"));
        return Stream.concat(EXECUTABLES.stream(), onPath)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "clamd is not installed: scripts/test.sh installs it (apt-get install clamav-daemon)"));
    }

    /** A socket path short enough for the kernel's limit (108 bytes), under {@code dir} when it fits. */
    private static Path socketPath(Path dir) throws IOException {
        Path inDir = dir.resolve("clamd.ctl");
        if (inDir.toString().length() < 100) {
            return inDir;
        }
        return Files.createTempDirectory(Path.of("/tmp"), "clamd").resolve("clamd.ctl");
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for clamd", e);
        }
    }
}
