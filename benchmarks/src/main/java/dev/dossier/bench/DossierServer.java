package dev.dossier.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Dossier process started through scripts/run.sh (which execs the JVM, so its pid is the JVM's). */
final class DossierServer {
    private static final HttpClient PROBE =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path root;
    private final int port;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private long startedNanos;

    DossierServer(String name, Path root, int port, Map<String, String> env, Path log) {
        this.name = name;
        this.root = root;
        this.port = port;
        this.env = env;
        this.log = log;
    }

    void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(
                        "bash", root.resolve("scripts/run.sh").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("DOSSIER_"));
        pb.environment().putAll(env);
        startedNanos = System.nanoTime();
        process = pb.start();
        // the shell's EXIT trap kills whatever is listed here, should this JVM die abruptly
        String pids = System.getenv("BENCH_PID_FILE");
        if (pids != null) {
            Files.writeString(
                    Path.of(pids),
                    process.pid() + "\n",
                    StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the server's JIT has nothing queued or compiling (twice in a row, 250 ms apart), at
     * most {@code maxSeconds}.
     */
    void awaitJitQuiet(int maxSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() < deadline) {
            Process p = new ProcessBuilder("jcmd", String.valueOf(pid()), "Compiler.queue")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            // every queued or running compile is one line naming its method as Class::method
            quiet = p.exitValue() == 0 && !out.contains("::") ? quiet + 1 : 0;
            Thread.sleep(250);
        }
    }

    /** CPU seconds the server's JIT compiler threads have used so far (from /proc, Linux). */
    double compilerCpuSeconds() throws IOException {
        double total = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String thread = Files.readString(task.resolve("comm"));
                    if (thread.startsWith("C1 CompilerThre") || thread.startsWith("C2 CompilerThre")) {
                        total += CpuMeter.cpuSeconds(task.resolve("stat"));
                    }
                } catch (IOException threadGone) {
                    // compiler threads come and go with the JIT's load
                }
            }
        }
        return total;
    }

    /** Seconds from process start to the first 200 of /health/ready (polled every 100 ms). */
    double awaitReady(int timeoutSeconds) throws Exception {
        long deadline = startedNanos + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + ": Dossier exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = PROBE.send(
                        HttpRequest.newBuilder(URI.create(base() + "/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + ": not ready after " + timeoutSeconds + " s; see " + log);
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
