package dev.dossier.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts servers through a checkout's scripts/run.sh, each on a free port with a data directory of
 * its own under the work directory, and stops every one of them at the end of the run.
 */
final class Servers {
    private final BenchConfig config;
    private final String adminToken = "bench-admin-token-" + UUID.randomUUID();
    private final List<DossierServer> started = Collections.synchronizedList(new ArrayList<>());

    Servers(BenchConfig config) {
        this.config = config;
    }

    /** The admin token of the servers on PostgreSQL + S3. */
    String adminToken() {
        return adminToken;
    }

    /**
     * Starts {@code serverRoot}'s scripts/run.sh as server {@code name}: on PostgreSQL (BENCH_DB_URL)
     * and S3 (S3Proxy) if {@code postgresAndS3}, else on the embedded default; {@code extra} settings
     * last, so they can replace any other.
     */
    DossierServer start(String name, Map<String, String> extra, boolean postgresAndS3, Path serverRoot)
            throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        int port = freePort();
        env.put("DOSSIER_HTTP_PORT", String.valueOf(port));
        Path data = config.work().resolve("data-" + name);
        Files.createDirectories(data.resolve("tmp"));
        env.put("DOSSIER_DATA_DIR", data.toString());
        env.put("DOSSIER_PUBLIC_URL", "http://127.0.0.1:" + port);
        if (postgresAndS3) {
            env.put("DOSSIER_ADMIN_TOKEN", adminToken);
            env.put("DOSSIER_DB_URL", config.dbUrl());
            env.put("DOSSIER_DB_USER", config.dbUser());
            env.put("DOSSIER_DB_PASSWORD", config.dbPassword());
            env.put("DOSSIER_STORAGE", "s3");
            env.put("DOSSIER_S3_ENDPOINT", config.s3Endpoint());
            env.put("DOSSIER_S3_REGION", "us-east-1");
            env.put("DOSSIER_S3_ACCESS_KEY", config.s3AccessKey());
            env.put("DOSSIER_S3_SECRET_KEY", config.s3SecretKey());
            env.put("DOSSIER_S3_BUCKET", "dossier");
        }
        env.put(
                "DOSSIER_JAVA_OPTS",
                ("-Djava.io.tmpdir=" + data.resolve("tmp") + " " + config.serverJavaOpts()).strip());
        env.putAll(extra);
        DossierServer s =
                new DossierServer(name, serverRoot, port, env, config.work().resolve("server-" + name + ".log"));
        started.add(s);
        s.start();
        return s;
    }

    /** Stops every server started so far (each stops once; a stopped one is left alone). */
    void stopAll() {
        synchronized (started) {
            for (DossierServer s : started) {
                s.stop();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
