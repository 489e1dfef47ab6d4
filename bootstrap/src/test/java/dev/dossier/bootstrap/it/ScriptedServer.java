package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A Dossier started by {@code scripts/run.sh} as the README says, with the embedded default (none
 * of the suite's PostgreSQL, S3 or admin settings) plus the settings a test gives, on a data
 * directory of the test's own; its output goes to a log file the assertions can read.
 */
final class ScriptedServer implements AutoCloseable {
    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final Process process;
    private final Path log;
    private final int port;

    private ScriptedServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts run.sh on {@code port} with {@code dataDir}, extra JVM options and settings. */
    static ScriptedServer start(int port, Path dataDir, Path log, String javaOptions, Map<String, String> settings)
            throws IOException {
        return start(port, dataDir, log, javaOptions, settings, List.of());
    }

    /** As {@link #start(int, Path, Path, String, Map)}, with arguments to run.sh (say {@code --server liberty}). */
    static ScriptedServer start(
            int port,
            Path dataDir,
            Path log,
            String javaOptions,
            Map<String, String> settings,
            List<String> runArguments)
            throws IOException {
        Files.createDirectories(dataDir);
        List<String> command =
                new ArrayList<>(List.of("bash", System.getProperty("dossier.it.scripts.dir") + "/run.sh"));
        command.addAll(runArguments);
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("DOSSIER_"));
        env.put("DOSSIER_HTTP_PORT", String.valueOf(port));
        env.put("DOSSIER_DATA_DIR", dataDir.toString());
        env.put(
                "DOSSIER_JAVA_OPTS",
                "-Xmx384m -Djava.io.tmpdir=" + Path.of(System.getProperty("dossier.it.dir"), "tmp") + " "
                        + javaOptions);
        env.putAll(settings);
        return new ScriptedServer(pb.start(), log, port);
    }

    /**
     * The settings of the suite's PostgreSQL, S3Proxy, master key and admin token (the deployed WAR's,
     * from this JVM's environment), for a scripted server that shares them.
     */
    static Map<String, String> suiteDatabaseAndStorage() {
        Map<String, String> settings = new HashMap<>();
        for (String name : List.of(
                "DOSSIER_DB_URL",
                "DOSSIER_DB_USER",
                "DOSSIER_DB_PASSWORD",
                "DOSSIER_S3_ENDPOINT",
                "DOSSIER_S3_REGION",
                "DOSSIER_S3_ACCESS_KEY",
                "DOSSIER_S3_SECRET_KEY",
                "DOSSIER_S3_BUCKET",
                "DOSSIER_MASTER_KEY",
                "DOSSIER_ADMIN_TOKEN")) {
            settings.put(name, Objects.requireNonNull(System.getenv(name), name));
        }
        settings.put("DOSSIER_STORAGE", "s3");
        return settings;
    }

    /** Waits until readiness answers 200; fails with the log's tail if the server dies or takes too long. */
    ScriptedServer awaitReady() throws InterruptedException {
        ApiClient probe = new ApiClient("http://127.0.0.1:" + port, null);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as(this::tail).isTrue();
            try {
                if (probe.get("/health/ready", null).status() == 200) {
                    return this;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + READY_TIMEOUT + "\n" + tail());
    }

    /** Waits until the log contains {@code text}; fails if the server dies first or it takes too long. */
    void awaitLog(String text, Duration timeout) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (!log().contains(text)) {
            assertThat(process.isAlive()).as(this::tail).isTrue();
            assertThat(Instant.now())
                    .as(() -> "\"" + text + "\" not logged\n" + tail())
                    .isBefore(deadline);
            Thread.sleep(250);
        }
    }

    /** The readiness status once the server listens (it may never be 200), or null if it never listens. */
    Integer readinessOnceListening(Duration timeout) throws InterruptedException {
        ApiClient probe = new ApiClient("http://127.0.0.1:" + port, null);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                return probe.get("/health/ready", null).status();
            } catch (RuntimeException notYet) {
                Thread.sleep(250);
            }
        }
        return null;
    }

    ApiClient api(String adminToken) {
        return new ApiClient("http://127.0.0.1:" + port, adminToken);
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /**
     * The server JVM's command line: the process itself once run.sh exec'd java, or its java child
     * while run.sh stays to record the class-data archive at exit; Linux.
     */
    List<String> jvmArguments() throws IOException {
        long pid = process.descendants()
                .filter(p -> p.info().command().orElse("").endsWith("/java"))
                .map(ProcessHandle::pid)
                .findFirst()
                .orElse(process.pid());
        String cmdline = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.UTF_8);
        return List.of(cmdline.split("\0"));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Supplier<String> tailSupplier() {
        return this::tail;
    }

    String tail() {
        try {
            String all = log();
            return all.substring(Math.max(0, all.length() - 6000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Sends SIGTERM to the process run.sh became (or, while it records the archive, run.sh itself). */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit within {@code timeout}; its exit status, or null if it still runs. */
    Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    int port() {
        return port;
    }

    /** SIGKILL, as a crash: nothing of the server's shutdown runs. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM (run.sh exec'd java, which shuts Payara down cleanly); fails if it does not stop in 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("Dossier did not stop on SIGTERM within 60 s");
        }
    }
}
