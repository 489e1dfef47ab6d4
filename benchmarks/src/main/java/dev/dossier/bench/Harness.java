package dev.dossier.bench;

import static dev.dossier.bench.Log.log;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the phases share, and the only way they share anything: the settings and the results, the
 * server under test (Dossier on PostgreSQL + S3) and the tenant the bench works as on it, the S3
 * client of the direct path, the 10 MiB transfers made so far, and how many documents were seeded.
 * The server and the tenant come into being on first use, so that any phase can run alone.
 */
final class Harness {
    private final BenchConfig config;
    private final Results results;
    private final Servers servers;
    private final CpuMeter cpu;
    private final Transfers transfers;
    private volatile MinioClient minio;
    private volatile DossierServer server;
    private DossierApi.Tenant tenant;
    private volatile int seededDocuments;
    private volatile String smallEntityId;
    private Clamd clamd;
    private final String masterKey = Base64.getEncoder().encodeToString(randomBytes(32));

    Harness(BenchConfig config, Results results) {
        this.config = config;
        this.results = results;
        this.servers = new Servers(config);
        // where the CPU of a transfer goes: the server under test, S3Proxy and this client
        this.cpu = new CpuMeter()
                .track("Dossier", () -> server == null ? null : server.pid())
                .track("S3Proxy", config::s3ProxyPid)
                .track("clamd", this::clamdPid)
                .track("bench client", () -> ProcessHandle.current().pid());
        this.transfers = new Transfers(this);
    }

    /** The work directory, and the direct path's client with its bucket. */
    void prepare() throws Exception {
        Files.createDirectories(config.work());
        MinioClient client = MinioClient.builder()
                .endpoint(config.s3Endpoint())
                .credentials(config.s3AccessKey(), config.s3SecretKey())
                .region("us-east-1")
                .build();
        String bucket = Transfers.DIRECT_BUCKET;
        if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        }
        minio = client;
    }

    BenchConfig config() {
        return config;
    }

    Results results() {
        return results;
    }

    /** Every server the bench starts, the server under test too. */
    Servers servers() {
        return servers;
    }

    CpuMeter cpu() {
        return cpu;
    }

    Transfers transfers() {
        return transfers;
    }

    /** The direct path's S3 client (after {@link #prepare}). */
    MinioClient minio() {
        if (minio == null) {
            throw new IllegalStateException("the harness is not prepared");
        }
        return minio;
    }

    /** The server under test: started, on a fresh database that Flyway migrates, if none runs yet. */
    synchronized DossierServer server() throws Exception {
        if (server == null) {
            log("start-up 1/1: PostgreSQL + S3 (fresh database: Flyway migrates it)");
            restartServer("postgres-s3-1", Map.of());
        }
        return server;
    }

    /**
     * Stops the server under test, if one runs, and starts server {@code name} on PostgreSQL + S3 in
     * its place, with the {@code extra} settings: the seconds it took to be ready.
     */
    synchronized double restartServer(String name, Map<String, String> extra) throws Exception {
        stopServer();
        server = servers.start(name, settings(extra), true, config.root());
        return server.awaitReady(180);
    }

    /** Stops the server under test, if one runs; the next phase that needs one starts it anew. */
    synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The API of the server under test, as the bench's tenant (created on first use). */
    synchronized DossierApi api() throws Exception {
        DossierServer s = server();
        if (tenant == null) {
            tenant = DossierApi.createTenant(s.base(), servers.adminToken());
        }
        return new DossierApi(s.base(), tenant);
    }

    /** Records that the seed phase put {@code documents} documents into the tenant's entity. */
    void seeded(int documents) {
        seededDocuments = documents;
    }

    /** Records the entity the seed phase gave {@link SeedPhase#SMALL_DOCUMENTS} documents. */
    void seededSmall(String entityId) {
        smallEntityId = entityId;
    }

    /** The entity with {@link SeedPhase#SMALL_DOCUMENTS} documents; null before the seed phase ran. */
    String smallEntityId() {
        return smallEntityId;
    }

    /** How many documents the seed phase put into the tenant's entity: 0 before it ran. */
    int seededDocuments() {
        return seededDocuments;
    }

    /** The documents seeded in this run, which {@code phase} needs: an error if the seed phase did not run. */
    int requireSeeded(String phase) {
        int n = seededDocuments;
        if (n < 1) {
            throw new IllegalStateException(phase
                    + " needs the seeded documents: run the seed phase before it (BENCH_ONLY=seed," + phase + ")");
        }
        return n;
    }

    /** Runs a command (with PGPASSWORD set) to its end: its output; an error if it fails. */
    String exec(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", config.dbPassword());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }

    /** Stops every server started so far. */
    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    void stopServers() {
        servers.stopAll();
        synchronized (this) {
            if (clamd != null) {
                clamd.close();
            }
        }
    }

    /**
     * Another instance beside the server under test, on the same database and bucket with the same
     * settings (the webhook phase's second deliverer); stopped with every server at the end.
     */
    DossierServer startAnotherInstance(String name) throws Exception {
        DossierServer other = servers.start(name, settings(Map.of()), true, config.root());
        other.awaitReady(180);
        return other;
    }

    /**
     * What every server on PostgreSQL + S3 runs with, then {@code extra}: every upload scanned, as in
     * production; one master key for the run, so that instances read each other's keys; loopback
     * webhook targets allowed, for the webhook phase's receiver.
     */
    private Map<String, String> settings(Map<String, String> extra) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("DOSSIER_CLAMD_ADDRESS", clamdAddress());
        settings.put("DOSSIER_MASTER_KEY", masterKey);
        settings.put("DOSSIER_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true");
        settings.putAll(extra);
        return settings;
    }

    private synchronized Long clamdPid() {
        return clamd == null ? null : clamd.pid();
    }

    /** The run's own clamd, started on first use. */
    synchronized Clamd clamd() throws Exception {
        if (clamd == null) {
            clamd = Clamd.start(Files.createDirectories(config.work().resolve("clamd")));
        }
        return clamd;
    }

    /** The clamd the server under test scans uploads with: BENCH_CLAMD_ADDRESS, else the run's own. */
    String clamdAddress() throws Exception {
        return config.clamdAddress() != null
                ? config.clamdAddress()
                : clamd().unix().toString();
    }
}
