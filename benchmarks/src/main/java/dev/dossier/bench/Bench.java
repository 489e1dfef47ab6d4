package dev.dossier.bench;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark suite (issue 6): measures Dossier against the raw components it sits on (S3Proxy
 * through the MinIO client, PostgreSQL through pgbench) in the same run, and prints a table of
 * ratios. Started by {@code scripts/bench.sh}, which provides S3Proxy and a fresh database and
 * passes everything in as BENCH_* environment variables. Every loop is bounded; every request goes
 * to 127.0.0.1.
 */
public final class Bench {
    static final int FILE_BYTES = 10 * 1024 * 1024;   // 10 MiB, the largest upload Dossier accepts
    static final String ADMIN_TOKEN = "bench-admin-token-" + UUID.randomUUID();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    final Path root = Path.of(env("BENCH_ROOT", ".")).toAbsolutePath();
    final Path work = Path.of(env("BENCH_WORK", "/tmp/dossier-bench")).toAbsolutePath();
    final String s3Endpoint = env("BENCH_S3_ENDPOINT", "http://127.0.0.1:9000");
    final String s3Access = env("BENCH_S3_ACCESS_KEY", "bench");
    final String s3Secret = env("BENCH_S3_SECRET_KEY", "bench-secret");
    final String dbUrl = env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/dossier_bench");
    final String dbUser = env("BENCH_DB_USER", "dossier");
    final String dbPassword = env("BENCH_DB_PASSWORD", "dossier");
    final String pgbench = env("BENCH_PGBENCH", "/usr/lib/postgresql/15/bin/pgbench");
    final String wrk = env("BENCH_WRK", "wrk");
    final int seedDocuments = Integer.parseInt(env("BENCH_SEED_DOCUMENTS", "1000000"));
    final int rateSeconds = Integer.parseInt(env("BENCH_RATE_SECONDS", "8"));
    final int pageReps = Integer.parseInt(env("BENCH_PAGE_REPS", "15"));
    final int startupRuns = Integer.parseInt(env("BENCH_STARTUP_RUNS", "3"));
    static final String ALL_PHASES = "startup,upload,download,seed,rate,paging,memory";
    final String only = env("BENCH_ONLY", ALL_PHASES);

    final List<Map<String, Object>> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final byte[] payload = pdfPayload(FILE_BYTES);
    final List<DossierServer> servers = Collections.synchronizedList(new ArrayList<>());

    DossierServer server;
    String base;
    String tenantId;
    String apiKey;
    String entityId;
    final List<String> uploadedIds = Collections.synchronizedList(new ArrayList<>());
    final List<String> directKeys = Collections.synchronizedList(new ArrayList<>());
    MinioClient minio;
    /** S3Proxy's process, started by bench.sh; unset when the bench runs against another S3. */
    final Long s3ProxyPid = System.getenv("BENCH_S3_PID") == null ? null : Long.valueOf(System.getenv("BENCH_S3_PID"));
    /** Where the CPU of a transfer goes: Dossier's JVM, S3Proxy (its pid from bench.sh) and this client. */
    final CpuMeter cpu = new CpuMeter()
            .track("Dossier", () -> server == null ? null : server.pid())
            .track("S3Proxy", () -> s3ProxyPid)
            .track("bench client", () -> ProcessHandle.current().pid());

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench();
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll));
        int status = 0;
        try {
            bench.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            bench.notes.add("the run stopped early: " + e);
            status = 1;
        } finally {
            bench.stopAll();
            bench.report();
        }
        // the MinIO client's HTTP threads would keep the JVM alive for a minute
        System.exit(status);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    boolean enabled(String phase) {
        return List.of(only.split(",")).contains(phase);
    }

    void run() throws Exception {
        Files.createDirectories(work);
        minio = MinioClient.builder().endpoint(s3Endpoint).credentials(s3Access, s3Secret).region("us-east-1").build();
        if (!minio.bucketExists(BucketExistsArgs.builder().bucket("direct").build())) {
            minio.makeBucket(MakeBucketArgs.builder().bucket("direct").build());
        }

        // one start on a shared 2-core machine varies by a second or more: the row is the median
        Double bare = null;
        if (enabled("startup")) {
            Path bareRoot = bareServerRoot();
            List<Double> bareStarts = new ArrayList<>();
            for (int i = 1; i <= startupRuns; i++) {
                log("start-up " + i + "/" + startupRuns + ": bare Payara Micro (an empty application, same image treatment)");
                DossierServer s = start("bare-" + i, Map.of(), false, bareRoot);
                bareStarts.add(s.awaitReady(180));
                s.stop();
            }
            bare = median(bareStarts);
            row("6", "start-up to /health/ready, bare Payara Micro: an empty application, same image, class-data"
                    + " archive and options (median of " + describe(bareStarts) + ")", "s", bare, null, null,
                    "(the stack's floor)", null);
            List<Double> embedded = new ArrayList<>();
            for (int i = 1; i <= startupRuns; i++) {
                log("start-up " + i + "/" + startupRuns + ": embedded default (H2 + file system, empty data directory)");
                DossierServer s = start("embedded-" + i, Map.of(), false);
                embedded.add(s.awaitReady(180));
                s.stop();
            }
            double secs = median(embedded);
            row("6", "start-up to /health/ready, embedded default (median of " + describe(embedded) + ")", "s",
                    secs, bare, secs / bare, "≤ 8 s", secs <= 8);
        }
        List<Double> pgStarts = new ArrayList<>();
        int pgRuns = enabled("startup") ? startupRuns : 1;
        for (int i = 1; i <= pgRuns; i++) {
            log("start-up " + i + "/" + pgRuns + ": PostgreSQL + S3" + (i == 1 ? " (fresh database: Flyway migrates it)" : ""));
            if (server != null) {
                server.stop();
            }
            server = start("postgres-s3-" + i, Map.of(), true);
            pgStarts.add(server.awaitReady(180));
        }
        if (enabled("startup")) {
            double pgSecs = median(pgStarts);
            row("6", "start-up to /health/ready, PostgreSQL + S3 (median of " + describe(pgStarts)
                    + "; the first migrates a fresh database)", "s", pgSecs, bare, pgSecs / bare, "≤ 8 s", pgSecs <= 8);
        }
        setUpTenant();

        if (enabled("upload")) {
            uploadRows();
        }
        if (enabled("download")) {
            downloadRows();
        }
        if (enabled("seed")) {
            seed();
        }
        if (enabled("rate")) {
            rateRows();
        }
        if (enabled("paging")) {
            pagingRows();
        }
        if (enabled("memory")) {
            memoryRow();
        }
    }

    // ---------------------------------------------------------------- servers

    DossierServer start(String name, Map<String, String> extra, boolean postgresAndS3) throws IOException {
        return start(name, extra, postgresAndS3, root);
    }

    /**
     * A checkout-shaped directory whose scripts/run.sh serves an empty application (a web.xml and
     * one page) on the same Payara Micro: run.sh prepares its own image for it, unpacked and with a
     * class-data-sharing archive recorded from a training start, as for Dossier. Its start-up is the
     * floor under Dossier's on this machine at this moment.
     */
    Path bareServerRoot() throws Exception {
        Path bareRoot = work.resolve("bare-payara");
        Path runtime = bareRoot.resolve("bootstrap/target/runtime");
        Files.createDirectories(runtime.resolve("lib"));   // no libraries
        Files.createSymbolicLink(bareRoot.resolve("scripts"), root.resolve("scripts"));
        for (String jar : List.of("payara-micro.jar", "postgresql.jar")) {
            Files.createSymbolicLink(runtime.resolve(jar), root.resolve("bootstrap/target/runtime").resolve(jar));
        }
        try (var zip = new java.util.zip.ZipOutputStream(
                Files.newOutputStream(bareRoot.resolve("bootstrap/target/dossier.war")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("index.html"));
            zip.write("<!doctype html><title>empty</title>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new java.util.zip.ZipEntry("WEB-INF/web.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                    + " version=\"6.0\"/>\n").getBytes(StandardCharsets.US_ASCII));
        }
        log("start-up: preparing the bare Payara Micro image (once, not timed)");
        exec(List.of("bash", bareRoot.resolve("scripts/run.sh").toString(), "--prepare"));
        return bareRoot;
    }

    DossierServer start(String name, Map<String, String> extra, boolean postgresAndS3, Path serverRoot)
            throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        int port = freePort();
        env.put("DOSSIER_HTTP_PORT", String.valueOf(port));
        Path data = work.resolve("data-" + name);
        Files.createDirectories(data.resolve("tmp"));
        env.put("DOSSIER_DATA_DIR", data.toString());
        env.put("DOSSIER_PUBLIC_URL", "http://127.0.0.1:" + port);
        if (postgresAndS3) {
            env.put("DOSSIER_ADMIN_TOKEN", ADMIN_TOKEN);
            env.put("DOSSIER_DB_URL", dbUrl);
            env.put("DOSSIER_DB_USER", dbUser);
            env.put("DOSSIER_DB_PASSWORD", dbPassword);
            env.put("DOSSIER_STORAGE", "s3");
            env.put("DOSSIER_S3_ENDPOINT", s3Endpoint);
            env.put("DOSSIER_S3_REGION", "us-east-1");
            env.put("DOSSIER_S3_ACCESS_KEY", s3Access);
            env.put("DOSSIER_S3_SECRET_KEY", s3Secret);
            env.put("DOSSIER_S3_BUCKET", "dossier");
        }
        // BENCH_SERVER_JAVA_OPTS: extra JVM options for every server, e.g. a JFR recording to profile a phase
        env.put("DOSSIER_JAVA_OPTS", ("-Djava.io.tmpdir=" + data.resolve("tmp") + " "
                + env("BENCH_SERVER_JAVA_OPTS", "")).strip());
        env.putAll(extra);
        DossierServer s = new DossierServer(name, serverRoot, port, env, work.resolve("server-" + name + ".log"));
        servers.add(s);
        s.start();
        return s;
    }

    void stopAll() {
        synchronized (servers) {
            for (DossierServer s : servers) {
                s.stop();
            }
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    void setUpTenant() throws Exception {
        base = server.base();
        String t = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/tenants"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Bench Bank\"}")), 201);
        tenantId = field(t, "id");
        String k = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/tenants/" + tenantId + "/api-keys"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"bench@example.com\", \"scopes\": [\"documents\", \"review\"]}")), 201);
        apiKey = field(k, "api_key");
        String e = send(authed("/api/v1/entities/").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Bench Corp\", \"entity_type\": \"company\"}")), 201);
        entityId = field(e, "id");
        log("tenant " + tenantId + ", entity " + entityId);
    }

    // ---------------------------------------------------------------- row 1: uploads

    /** Transfers of each kind before upload and download are timed. */
    static final int WARM_UP_TRANSFERS = 20;

    void uploadRows() throws Exception {
        // warm-up: the server was just started, so both paths run until the JIT has compiled them
        // (two uploads each, as before, left Dossier measured half cold)
        log("upload: warm-up");
        for (int i = 0; i < WARM_UP_TRANSFERS; i++) {
            uploadThroughDossier();
            putDirect();
        }
        throughput(8, 2, this::putDirect);
        warmUntilCompiled("upload", () -> throughput(8, 2, this::uploadThroughDossier));
        for (int clients : new int[] {1, 8}) {
            int perClient = clients == 1 ? 12 : 4;
            log("upload: " + clients + " client(s) x " + perClient + " files of 10 MiB");
            Transfer direct = throughput(clients, perClient, this::putDirect);
            Transfer dossier = throughput(clients, perClient, this::uploadThroughDossier);
            if (clients == 1) {
                notes.add(uploadLatencyNote(dossier, direct));
            }
            notes.add(cpuNote("upload", clients, direct, dossier));
            row("1", "upload 10 MiB, " + clients + " client" + (clients > 1 ? "s" : "") + " (MiB/s)", "MiB/s",
                    dossier.mibPerSecond(), direct.mibPerSecond(), dossier.mibPerSecond() / direct.mibPerSecond(),
                    "≥ 0.9× direct S3 PUT", dossier.mibPerSecond() / direct.mibPerSecond() >= 0.9);
        }
    }

    Void uploadThroughDossier() throws Exception {
        uploadedIds.add(field(expect(upload(URI.create(base + "/api/v1/documents/upload/"), true), 201), "id"));
        return null;
    }

    /**
     * The bench's 10 MiB upload to {@code uri}, as curl, Python's requests and browsers send a form
     * (with a Content-Length); without its document type Dossier reads the whole body, then answers 400.
     */
    RawHttp.Response upload(URI uri, boolean withDocumentType) throws IOException {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        String typeField = withDocumentType
                ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document_type\"\r\n\r\nBench\r\n" : "";
        byte[] head = (typeField
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return RawHttp.send("POST", uri, Map.of("Authorization", "Bearer " + apiKey,
                "Content-Type", "multipart/form-data; boundary=" + boundary), List.of(head, payload, tail), true);
    }

    static String expect(RawHttp.Response r, int expected) {
        if (r.status() != expected) {
            String b = r.body() == null ? "" : r.body();
            throw new IllegalStateException("expected " + expected + ", got " + r.status() + " "
                    + (b.length() > 300 ? b.substring(0, 300) : b));
        }
        return r.body();
    }

    /**
     * Where the 1-client upload's time goes: Dossier's receive phase timed alone (the upload refused
     * for its missing document type, after the whole body was read, parsed, hashed and spooled),
     * against the same body into a null sink; the S3 PUT can start only after that phase, because
     * its signed headers carry the length and the SHA-256. A multipart upload of 5 MiB parts could
     * start while the body arrives: direct PUTs time it against the single PUT.
     */
    String uploadLatencyNote(Transfer dossier, Transfer direct) throws Exception {
        List<Long> receive = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long t = System.nanoTime();
            expect(upload(URI.create(base + "/api/v1/documents/upload/"), false), 400);
            if (i >= 2) {
                receive.add(System.nanoTime() - t);
            }
        }
        List<Long> single = new ArrayList<>();
        List<Long> multipart = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long t = System.nanoTime();
            putDirect(payload, SINGLE_PUT_PART_BYTES);
            long u = System.nanoTime();
            putDirect(payload, MIN_MULTIPART_PART_BYTES);
            if (i >= 2) {
                single.add(u - t);
                multipart.add(System.nanoTime() - u);
            }
        }
        return String.format(Locale.ROOT, "upload, 1 client: %.0f ms per 10 MiB through Dossier vs %.0f ms direct"
                        + " (0.9× means at most %.0f ms). Dossier's receive phase alone (the same body read, parsed,"
                        + " hashed and spooled, then refused for its missing document type): p50 %.0f ms; the same"
                        + " body into a null sink that only reads it: p50 %.1f ms; SHA-256 of 10 MiB %.1f ms. The"
                        + " PUT to S3 starts after the receive phase: its signed headers carry the length and the hash;"
                        + " a multipart upload of 5 MiB parts, which could start earlier, takes p50 %.0f ms direct"
                        + " against %.0f ms for the single PUT",
                dossier.millisPerFile(), direct.millisPerFile(), direct.millisPerFile() / 0.9, pct(receive, 50),
                nullSinkMillis(), shaMillis(), pct(multipart, 50), pct(single, 50));
    }

    /** p50 ms of the bench's upload request into an HTTP server in this JVM that reads the body and discards it. */
    double nullSinkMillis() throws Exception {
        com.sun.net.httpserver.HttpServer sink = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 16);
        sink.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] buf = new byte[64 * 1024];
                while (in.read(buf) >= 0) {
                    // discard
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        sink.setExecutor(pool);
        sink.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + sink.getAddress().getPort() + "/api/v1/documents/upload/");
            List<Long> lat = new ArrayList<>();
            for (int i = 0; i < 22; i++) {
                long t = System.nanoTime();
                expect(upload(uri, true), 204);
                if (i >= 2) {
                    lat.add(System.nanoTime() - t);
                }
            }
            return pct(lat, 50);
        } finally {
            sink.stop(0);
            pool.shutdownNow();
        }
    }

    Void putDirect() throws Exception {
        // one PUT of the whole object, as Dossier's S3 adapter does (part size ≥ object size)
        putDirect(payload, SINGLE_PUT_PART_BYTES);
        return null;
    }

    /** A part size over the payload's: one PUT of the whole object. */
    static final long SINGLE_PUT_PART_BYTES = 16L * 1024 * 1024;
    /** S3's smallest part: the 10 MiB payload goes as a multipart upload of two parts. */
    static final long MIN_MULTIPART_PART_BYTES = 5L * 1024 * 1024;

    /** A MinIO client PUT; a part size under the object's size makes it a multipart upload. */
    void putDirect(byte[] bytes, long partSize) throws Exception {
        String key = "bench/" + UUID.randomUUID();
        minio.putObject(PutObjectArgs.builder().bucket("direct").object(key)
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, partSize)
                .contentType("application/pdf").build());
        directKeys.add(key);
    }

    /** p50 ms of SHA-256 over the 10 MiB payload. */
    double shaMillis() throws Exception {
        List<Long> lat = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            java.security.MessageDigest.getInstance("SHA-256").digest(payload);
            lat.add(System.nanoTime() - t);
        }
        return pct(lat.subList(1, lat.size()), 50);
    }

    /** One round of a warm-up. */
    interface WarmUpRound {
        void run() throws Exception;
    }

    /** Warm-up rounds at most; a round is a couple of seconds. */
    static final int MAX_WARM_UP_ROUNDS = 40;

    /**
     * Repeats {@code round}, each followed by a pause until the server's JIT has compiled what the
     * round queued, until the compilers' CPU was at most a tenth of the server's in one round and
     * its pause (at most {@link #MAX_WARM_UP_ROUNDS} rounds), so that the timed runs measure
     * compiled code. Payara's request path is thousands of methods that each request runs once or a
     * few times, so on a fresh server the compilers keep busy for hundreds of requests (measured by
     * hand: 87 ms of C2 per upload in the first 20 uploads, 5 ms after 300), and at nice 10
     * (scripts/run.sh) they get almost no CPU while the cores are saturated: a share taken during a
     * saturated round alone would read low while the queue grows. A phase named here gets a note.
     */
    void warmUntilCompiled(String phase, WarmUpRound round) throws Exception {
        int rounds = 0;
        double share;
        long t0 = System.nanoTime();
        do {
            double jitBefore = server.compilerCpuSeconds();
            double allBefore = CpuMeter.cpuSeconds(server.pid());
            round.run();
            server.awaitJitQuiet(30);
            share = (server.compilerCpuSeconds() - jitBefore) / (CpuMeter.cpuSeconds(server.pid()) - allBefore);
            rounds++;
        } while (share > 0.1 && rounds < MAX_WARM_UP_ROUNDS);
        if (phase != null) {
            String msg = String.format(Locale.ROOT, "%s: warm-up of %d sequential transfers each way and 16 concurrent"
                    + " direct ones, then %d round%s of 16 concurrent ones through Dossier (%.0f s in all) until the"
                    + " JIT's share of the server's CPU in a round was %.0f%%%s",
                    phase, WARM_UP_TRANSFERS, rounds, rounds > 1 ? "s" : "", (System.nanoTime() - t0) / 1e9, share * 100,
                    share > 0.1 ? " (still above 10% after the last round)" : "");
            log(msg);
            notes.add(msg);
        }
    }

    /** One timed transfer run: its rate, and the CPU each process spent per 10 MiB file. */
    record Transfer(double mibPerSecond, Map<String, Double> cpuMillisPerFile) {
        double millisPerFile() {
            return FILE_BYTES / (1024.0 * 1024.0) / mibPerSecond * 1000;
        }

        double cpuMillisTotal() {
            return cpuMillisPerFile.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Cores kept busy on average: CPU per file times files per second. */
        double coresBusy() {
            return cpuMillisTotal() / millisPerFile();
        }
    }

    /** {@code clients} threads each doing {@code perClient} operations on 10 MiB. */
    Transfer throughput(int clients, int perClient, Callable<Void> op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            Map<String, Double> cpuBefore = cpu.read();
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        op.call();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get(600, TimeUnit.SECONDS);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            int files = clients * perClient;
            return new Transfer((double) files * FILE_BYTES / (1024.0 * 1024.0) / secs,
                    CpuMeter.perOperationMillis(cpuBefore, cpu.read(), files));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Where the CPU of both ways goes, per 10 MiB file. When the cores are saturated the rate ratio
     * follows the CPU ratio, so this also gives the most Dossier's own work could cost at 0.9×.
     */
    static String cpuNote(String what, int clients, Transfer direct, Transfer dossier) {
        double dossierOwn = dossier.cpuMillisPerFile().getOrDefault("Dossier", Double.NaN);
        double budget = dossierCpuBudget(direct, dossier);
        return String.format(Locale.ROOT, "%s, %d client%s, CPU per 10 MiB file (ms; from /proc; PostgreSQL not counted):"
                        + " direct %s = %.0f, %.1f of the 2 cores busy; through Dossier %s = %.0f, %.1f cores busy."
                        + " On saturated cores 0.9× would need Dossier's own CPU at most %.0f ms per file (it used %.0f ms)",
                what, clients, clients > 1 ? "s" : "", describeCpu(direct), direct.cpuMillisTotal(), direct.coresBusy(),
                describeCpu(dossier), dossier.cpuMillisTotal(), dossier.coresBusy(), Math.max(0, budget), dossierOwn);
    }

    /**
     * The most CPU per file Dossier's own work could cost at 0.9× on saturated cores: the direct
     * way's total over 0.9, less what S3Proxy and the bench client spent going through Dossier.
     */
    static double dossierCpuBudget(Transfer direct, Transfer dossier) {
        return direct.cpuMillisTotal() / 0.9 - dossier.cpuMillisPerFile().getOrDefault("S3Proxy", Double.NaN)
                - dossier.cpuMillisPerFile().getOrDefault("bench client", Double.NaN);
    }

    static String describeCpu(Transfer t) {
        List<String> parts = new ArrayList<>();
        t.cpuMillisPerFile().forEach((name, ms) -> {
            if (ms >= 0.5) {
                parts.add(name + " " + String.format(Locale.ROOT, "%.0f", ms));
            }
        });
        return "(" + String.join(" + ", parts) + ")";
    }

    // ---------------------------------------------------------------- row 2: downloads

    void downloadRows() throws Exception {
        while (uploadedIds.size() < 8) {
            uploadThroughDossier();
        }
        while (directKeys.size() < 8) {
            putDirect();
        }
        log("download: warm-up");
        AtomicLong next = new AtomicLong();
        AtomicLong issueNanos = new AtomicLong();
        AtomicLong redeemNanos = new AtomicLong();
        AtomicLong downloads = new AtomicLong();
        Callable<Void> viaDossier = () -> {
            String id = uploadedIds.get((int) (next.getAndIncrement() % uploadedIds.size()));
            long t0 = System.nanoTime();
            String link = send(authed("/api/v1/documents/" + id + "/download/").GET(), 200);
            String url = field(link, "download_url");
            long t1 = System.nanoTime();
            RawHttp.Response r = RawHttp.send("GET", URI.create(url), Map.of(), List.of(), false);
            issueNanos.addAndGet(t1 - t0);
            redeemNanos.addAndGet(System.nanoTime() - t1);
            downloads.incrementAndGet();
            if (r.status() != 200 || r.bodyBytes() != FILE_BYTES) {
                throw new IllegalStateException("download: status " + r.status() + ", " + r.bodyBytes() + " bytes");
            }
            return null;
        };
        AtomicLong nextKey = new AtomicLong();
        Callable<Void> direct = () -> {
            String key = directKeys.get((int) (nextKey.getAndIncrement() % directKeys.size()));
            try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket("direct").object(key).build())) {
                long n = drain(in);
                if (n != FILE_BYTES) {
                    throw new IllegalStateException("direct GET: " + n + " bytes");
                }
            }
            return null;
        };
        for (int i = 0; i < WARM_UP_TRANSFERS; i++) {
            viaDossier.call();
            direct.call();
        }
        throughput(8, 2, direct);
        warmUntilCompiled("download", () -> throughput(8, 2, viaDossier));
        issueNanos.set(0);
        redeemNanos.set(0);
        downloads.set(0);
        for (int clients : new int[] {1, 8}) {
            int perClient = clients == 1 ? 16 : 8;
            log("download: " + clients + " client(s) x " + perClient + " files of 10 MiB");
            Transfer d = throughput(clients, perClient, direct);
            Transfer x = throughput(clients, perClient, viaDossier);
            if (clients == 1) {
                double budget = d.millisPerFile() / 0.9 - d.millisPerFile();
                notes.add(String.format(Locale.ROOT, "download, 1 client: %.1f ms per 10 MiB through Dossier (mean %.1f ms"
                        + " to issue the link, %.1f ms to redeem it and read 10 MiB; %d downloads after the warm-up)"
                        + " vs %.1f ms direct, so 0.9× would leave %.1f ms per download for both of Dossier's requests;"
                        + " alone, with the same client, one link request takes p50 %.1f ms and Dossier's cheapest"
                        + " authenticated request (GET a document's metadata) p50 %.1f ms",
                        x.millisPerFile(), issueNanos.get() / 1e6 / downloads.get(), redeemNanos.get() / 1e6 / downloads.get(),
                        downloads.get(), d.millisPerFile(), budget,
                        p50Millis(authed("/api/v1/documents/" + uploadedIds.get(0) + "/download/")),
                        p50Millis(authed("/api/v1/documents/" + uploadedIds.get(0) + "/"))));
            }
            notes.add(cpuNote("download", clients, d, x));
            if (clients > 1) {
                double budget = dossierCpuBudget(d, x);
                double receive = d.cpuMillisPerFile().getOrDefault("bench client", Double.NaN);
                notes.add(String.format(Locale.ROOT, "download, %d clients: Dossier relays the bytes, so it receives"
                                + " each 10 MiB from S3 through the MinIO client, which is what the direct path's client"
                                + " does (%.0f ms of CPU per file there), and then sends them on: the receive alone is"
                                + " %s the %.0f ms of CPU that 0.9× would leave Dossier",
                        clients, receive, receive > budget ? "over" : "within", Math.max(0, budget)));
            }
            row("2", "download 10 MiB (issue link + redeem), " + clients + " client" + (clients > 1 ? "s" : ""),
                    "MiB/s", x.mibPerSecond(), d.mibPerSecond(), x.mibPerSecond() / d.mibPerSecond(),
                    "≥ 0.9× direct S3 GET", x.mibPerSecond() / d.mibPerSecond() >= 0.9);
        }
    }

    /** p50 ms of 100 sequential requests (after 20 unmeasured ones), each expected to answer 200. */
    double p50Millis(HttpRequest.Builder request) throws Exception {
        List<Long> lat = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long t = System.nanoTime();
            send(request.copy().GET(), 200);
            if (i >= 20) {
                lat.add(System.nanoTime() - t);
            }
        }
        return pct(lat, 50);
    }

    static long drain(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        try (in) {
            for (int r; (r = in.read(buf)) >= 0; ) {
                n += r;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- seeding

    /** The id of seeded document g (1-based): deterministic, so pgbench can compute it too. */
    static String seededId(long g) {
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012x", g);
    }

    static final Instant SEED_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    void seed() throws Exception {
        log("seed: " + seedDocuments + " documents of one entity, straight into PostgreSQL (rows only, no objects)");
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            c.setAutoCommit(false);
            String sql = "INSERT INTO document (id, tenant_id, entity_id, file_name, content_type, size_bytes, sha256,"
                    + " storage_key, document_type, business_type, classification, uploaded_by, created_at, updated_at,"
                    + " review_status)"
                    + " SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, ?::uuid, ?::uuid,"
                    + " 'seed-' || g || '.pdf', 'application/pdf', 1024, repeat('0', 64), 'benchseed/doc-' || g,"
                    + " 'Bench Seed', 'OTHER', 'ENTITY_PRIVATE', 'bench@example.com',"
                    + " timestamptz '2020-01-01 00:00:00+00' + g * interval '1 millisecond',"
                    + " timestamptz '2020-01-01 00:00:00+00' + g * interval '1 millisecond', 'PENDING'"
                    + " FROM generate_series(?::bigint, ?::bigint) g";
            int chunk = 200_000;
            for (long from = 1; from <= seedDocuments; from += chunk) {
                long to = Math.min(seedDocuments, from + chunk - 1);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, tenantId);
                    ps.setString(2, entityId);
                    ps.setLong(3, from);
                    ps.setLong(4, to);
                    ps.executeUpdate();
                }
                c.commit();
                log("seed: " + to + " rows");
            }
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM ANALYZE document");
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        notes.add(String.format(Locale.ROOT, "seeded %d documents in %.1f s (INSERT … SELECT generate_series, 200k per"
                + " transaction, then VACUUM ANALYZE)", seedDocuments, secs));
    }

    // ---------------------------------------------------------------- row 4: metadata rate

    void rateRows() throws Exception {
        int n = seedDocuments;
        if (n < 1) {
            throw new IllegalStateException("rate needs seeded documents");
        }
        Path script = work.resolve("get-by-id.sql");
        Files.writeString(script, "\\set i random(1, " + n + ")\n"
                + "SELECT id, tenant_id, entity_id, file_name, content_type, size_bytes, sha256, storage_key,"
                + " document_type, business_type, classification, uploaded_by, created_at, updated_at, expiry_date,"
                + " review_status, decided_at, decided_by, rejection_reason, user_data FROM document"
                + " WHERE tenant_id = '" + tenantId + "' AND id = ('00000000-0000-4000-8000-' || lpad(to_hex(:i::int), 12,"
                + " '0'))::uuid;\n");
        Path lua = work.resolve("get-by-id.lua");
        // wrk's own Lua: a random seeded id per request, as pgbench's \set i random(1, n)
        Files.writeString(lua, "math.randomseed(" + System.nanoTime() % 1_000_000 + ")\n"
                + "request = function()\n"
                + "  return wrk.format(\"GET\", string.format(\"/api/v1/entities/" + entityId
                + "/documents/00000000-0000-4000-8000-%012x/\", math.random(1, " + n + ")),"
                + " {[\"Authorization\"] = \"Bearer " + apiKey + "\"})\n"
                + "end\n");
        for (int conns : new int[] {1, 16, 64}) {
            log("GET by id: " + conns + " connection(s), " + rateSeconds + " s (after 2 s warm-up)");
            double[] api = wrkRate(conns, "/", lua, true);
            double[] pg = pgbenchRate(conns, script);
            row("4", "GET document by id, " + conns + " conn (req/s; p50/p99 ms Dossier " + fmt(api[1]) + "/"
                            + fmt(api[2]) + ", pgbench " + fmt(pg[1]) + "/" + fmt(pg[2]) + ")", "req/s",
                    api[0], pg[0], api[0] / pg[0], conns == 16 ? "≥ 0.4× pgbench" : "(info)",
                    conns == 16 ? api[0] / pg[0] >= 0.4 : null);
            if (conns == 16) {
                ceilings(conns, pg[0]);
            }
        }
    }

    /**
     * The ceiling of this stack on this machine: the same load generator against requests that
     * never reach Dossier's services or the database. If even the bare HTTP container is below 40%
     * of pgbench, the GET-by-id target cannot be met by any change inside Dossier.
     */
    void ceilings(int conns, double pgTps) throws Exception {
        String[][] paths = {
            {"/no-such-path", "404 from Payara's web container (no JAX-RS, no Dossier code)"},
            {"/api/v1/entities/", "401 from Dossier's JAX-RS filter, no key (no database)"},
            {"/health/live", "GET /health/live, MicroProfile Health (no database)"},
        };
        for (String[] p : paths) {
            log("HTTP ceiling: " + p[0] + ", " + conns + " connections");
            double[] r = wrkRate(conns, p[0], null, false);
            row("4", "ceiling: " + p[1] + ", " + conns + " conn (req/s; p50/p99 ms " + fmt(r[1]) + "/" + fmt(r[2])
                    + ")", "req/s", r[0], pgTps, r[0] / pgTps, "(explains row 4)", null);
        }
    }

    /**
     * {requests/s, p50 ms, p99 ms} from wrk, a C load generator like pgbench's own client, so the
     * client is not what limits the rate; after a 2 s warm-up run.
     */
    double[] wrkRate(int conns, String path, Path lua, boolean mustSucceed) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(wrk, "-t", String.valueOf(Math.min(conns, 2)),
                "-c", String.valueOf(conns), "-d", "2s", "--latency"));
        if (lua != null) {
            cmd.addAll(List.of("-s", lua.toString()));
        }
        cmd.add(base + path);
        warmUntilCompiled(null, () -> exec(cmd));
        cmd.set(cmd.indexOf("2s"), rateSeconds + "s");
        String out = exec(cmd);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("wrk: no rate in\n" + out);
        }
        if (mustSucceed && (out.contains("Non-2xx") || out.contains("Socket errors"))) {
            throw new IllegalStateException("wrk: failed requests against " + path + "\n" + out);
        }
        return new double[] {Double.parseDouble(rate.group(1)), wrkPercentile(out, "50%"), wrkPercentile(out, "99%")};
    }

    /** One line of wrk's latency distribution ("     99%   35.97ms"), in milliseconds. */
    static double wrkPercentile(String out, String label) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk: no " + label + " latency in\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    /** {tps, p50 ms, p99 ms} of pgbench running the same indexed lookup with {@code conns} connections. */
    double[] pgbenchRate(int conns, Path script) throws Exception {
        Path logDir = Files.createTempDirectory(work, "pgbench-" + conns + "-");
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(dbUrl);
        if (!m.find()) {
            throw new IllegalStateException("cannot read host/port/db from " + dbUrl);
        }
        List<String> cmd = List.of(pgbench, "-n", "-M", "prepared", "-c", String.valueOf(conns),
                "-j", String.valueOf(Math.min(conns, 2)), "-T", String.valueOf(rateSeconds), "-f", script.toString(),
                "-l", "--log-prefix=" + logDir.resolve("tx"), "-h", m.group(1), "-p", m.group(2), "-U", dbUser,
                m.group(3));
        // 2 s warm-up run first, as for the API
        List<String> warm = new ArrayList<>(cmd);
        warm.set(warm.indexOf("-T") + 1, "2");
        warm.removeIf(a -> a.equals("-l") || a.startsWith("--log-prefix"));
        exec(warm);
        String out = exec(cmd);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench: no tps in\n" + out);
        }
        List<Long> lat = new ArrayList<>();
        try (var files = Files.list(logDir)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] p = line.split(" ");
                    if (p.length > 2) {
                        lat.add(Long.parseLong(p[2]) * 1000L); // µs → ns
                    }
                }
            }
        }
        return new double[] {Double.parseDouble(tps.group(1)), pct(lat, 50), pct(lat, 99)};
    }

    String exec(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", dbPassword);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }

    // ---------------------------------------------------------------- row 3: pagination at depth

    void pagingRows() throws Exception {
        int n = seedDocuments;
        int page = 100;
        int[] depths = {0, 10_000, 100_000, n - page};
        String[] labels = {"0", "10k", "100k", (n >= 1_000_000 ? "1M" : (n / 1000) + "k") + " (last page)"};
        String v2 = "/api/v2/entities/" + entityId + "/documents/?page_size=" + page;
        // depth 0 first: it makes the server create its cursor signing key if it has none yet
        double[] v2First = sample(v2, pageReps);
        String first = send(authed(v2).GET(), 200);
        byte[] key = cursorKey();
        for (int i = 0; i < depths.length; i++) {
            int d = depths[i];
            if (d > n - page || d < 0) {
                continue;
            }
            double[] s;
            if (d == 0) {
                s = v2First;
            } else {
                // the cursor the previous page would have handed out: its last item is seeded doc n-d+1
                long g = (long) n - d + 1;
                String cursor = cursor(key, SEED_EPOCH.plusMillis(g), UUID.fromString(seededId(g)));
                String url = v2 + "&after=" + cursor;
                String body = send(authed(url).GET(), 200);
                if (!body.contains(seededId(g - 1))) {
                    throw new IllegalStateException("v2 page at depth " + d + " does not start at the expected item");
                }
                log("paging: v2 depth " + labels[i]);
                s = sample(url, pageReps);
            }
            row("3", "v2 cursor page (100) at depth " + labels[i] + " (p50 ms; p95 " + fmt(s[1]) + ")", "ms p50",
                    s[0], v2First[0], s[0] / v2First[0], d == 100_000 ? "≤ 1.5× first page" : "(info)",
                    d == 100_000 ? s[0] / v2First[0] <= 1.5 : null);
        }
        sqlBreakdown(n, page);
        if (!first.contains("next_cursor")) {
            notes.add("v2 first page had no next_cursor field");
        }
        // business surface: limit/offset
        String biz = "/v1/businesses/urn:uuid:" + entityId + "/documents?limit=" + page + "&offset=";
        double[] bizFirst = null;
        for (int i = 0; i < depths.length; i++) {
            int d = depths[i];
            log("paging: business offset " + labels[i]);
            double[] s = sample(biz + d, d >= 100_000 ? Math.max(5, pageReps / 2) : pageReps);
            if (bizFirst == null) {
                bizFirst = s;
            }
            row("3", "business offset page (100) at depth " + labels[i] + " (p50 ms; p95 " + fmt(s[1]) + ")",
                    "ms p50", s[0], bizFirst[0], s[0] / bizFirst[0], "(info)", null);
        }
        // v1 has only `limit` (1–1000, newest first): no offset or cursor, so no page lies deeper than 1000
        String v1 = "/api/v1/entities/" + entityId + "/documents/?limit=";
        log("paging: v1 limit 100 / 1000");
        double[] v1a = sample(v1 + "100", pageReps);
        double[] v1b = sample(v1 + "1000", pageReps);
        row("3", "v1 list limit=100 (p50 ms; p95 " + fmt(v1a[1]) + ")", "ms p50", v1a[0], v1a[0], 1.0, "(info)", null);
        row("3", "v1 list limit=1000, deepest v1 reaches (p50 ms; p95 " + fmt(v1b[1]) + ")", "ms p50", v1b[0],
                v1a[0], v1b[0] / v1a[0], "(info)", null);
        notes.add("v1 lists take only `limit` (max 1000) — no offset and no cursor — so v1 cannot reach depth"
                + " 10k/100k/1M at all; its rows show limit=100 vs limit=1000.");
    }

    /**
     * Why a list page costs what it does: the SQL every list runs, timed straight on PostgreSQL
     * (p50 of 5 after one warm-up): the COUNT of the owner's documents that v1, v2 and business
     * lists all compute for their totals, a keyset page at depth 100k, and an OFFSET page at the
     * deepest depth.
     */
    void sqlBreakdown(int n, int page) {
        String owner = " FROM document WHERE tenant_id = '" + tenantId + "'::uuid AND entity_id = '" + entityId + "'::uuid";
        long g = Math.max(1, (long) n - 100_000 + 1);
        String[][] queries = {
            {"COUNT(*) of the owner's documents (every list page runs it)", "SELECT count(*)" + owner},
            {"keyset page of 100 at depth 100k", "SELECT *" + owner + " AND (created_at, id) < (timestamptz '"
                    + SEED_EPOCH.plusMillis(g) + "', '" + seededId(g) + "'::uuid)"
                    + " ORDER BY created_at DESC, id DESC LIMIT " + page},
            {"OFFSET page of 100 at depth " + (n - page), "SELECT *" + owner
                    + " ORDER BY created_at DESC, id DESC OFFSET " + (n - page) + " LIMIT " + page},
        };
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword); Statement st = c.createStatement()) {
            StringBuilder sb = new StringBuilder("SQL alone on PostgreSQL, p50 of 5:");
            for (String[] q : queries) {
                List<Long> lat = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    long t = System.nanoTime();
                    try (ResultSet rs = st.executeQuery(q[1])) {
                        while (rs.next()) {
                            // drain
                        }
                    }
                    if (i > 0) {
                        lat.add(System.nanoTime() - t);
                    }
                }
                sb.append(String.format(Locale.ROOT, " %s %.1f ms;", q[0], pct(lat, 50)));
            }
            notes.add(sb.toString());
        } catch (Exception e) {
            notes.add("SQL breakdown not measured: " + e);
        }
    }

    /** {p50 ms, p95 ms} of {@code reps} sequential GETs of {@code path} (after one warm-up). */
    double[] sample(String path, int reps) throws Exception {
        send(authed(path).GET(), 200);
        List<Long> lat = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            send(authed(path).GET(), 200);
            lat.add(System.nanoTime() - t);
        }
        return new double[] {pct(lat, 50), pct(lat, 95)};
    }

    byte[] cursorKey() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             PreparedStatement ps = c.prepareStatement("SELECT secret FROM server_secret WHERE name = ?")) {
            ps.setString(1, "cursor-signing-key");
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no cursor signing key in server_secret");
                }
                return rs.getString(1).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** An OLDER-direction cursor for a position, as the server's CursorCodec builds it for this entity's list. */
    String cursor(byte[] key, Instant createdAt, UUID id) throws Exception {
        ByteBuffer token = ByteBuffer.allocate(30 + 32).put((byte) 1).put((byte) 0)
                .putLong(createdAt.getEpochSecond()).putInt(createdAt.getNano())
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update("dossier.cursor.v1".getBytes(StandardCharsets.US_ASCII));
        macPart(mac, "documents");
        List<String> selectors = List.of("+" + tenantId, "+entity:" + entityId, "-");
        mac.update(ByteBuffer.allocate(4).putInt(selectors.size()).array());
        selectors.forEach(s -> macPart(mac, s));
        mac.update(token.array(), 0, 30);
        token.put(mac.doFinal());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    static void macPart(Mac mac, String part) {
        byte[] b = part.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(b.length).array());
        mac.update(b);
    }

    // ---------------------------------------------------------------- row 5: memory

    void memoryRow() throws Exception {
        log("memory: restarting Dossier with -Xmx256m");
        server.stop();
        Path gcLog = work.resolve("gc-256m.log");
        server = start("xmx256m", Map.of("DOSSIER_JAVA_OPTS", "-Xmx256m -Xlog:gc:file=" + gcLog
                + " -Djava.io.tmpdir=" + work.resolve("data-xmx256m").resolve("tmp")), true);
        double ready = server.awaitReady(180);
        base = server.base();
        notes.add(String.format(Locale.ROOT, "-Xmx256m server on the migrated database with %d documents: ready in %.1f s",
                seedDocuments, ready));
        long pid = server.pid();
        AtomicLong peakSampled = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            try {
                Process p = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "100").redirectErrorStream(true)
                        .start();
                try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
                    String[] header = null;
                    for (String line; !stop.get() && (line = r.readLine()) != null; ) {
                        String[] f = line.trim().split("\\s+");
                        if (f.length > 0 && f[0].equals("S0C")) {
                            header = f;
                            continue;
                        }
                        if (header == null || f.length != header.length) {
                            continue;
                        }
                        double used = 0;
                        for (int i = 0; i < header.length; i++) {
                            if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                                used += Double.parseDouble(f[i]);
                            }
                        }
                        long kb = (long) used;
                        peakSampled.accumulateAndGet(kb, Math::max);
                    }
                } finally {
                    p.destroy();
                }
            } catch (Exception e) {
                log("jstat sampler: " + e);
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Thread.sleep(1000);
        log("memory: 50 concurrent uploads of 10 MiB");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        AtomicLong ok = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fs.add(pool.submit(() -> {
                try {
                    uploadThroughDossier();
                    ok.incrementAndGet();
                } catch (Exception e) {
                    failures.add(String.valueOf(e.getMessage()));
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get(900, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        double secs = (System.nanoTime() - t0) / 1e9;
        Thread.sleep(500);
        stop.set(true);
        double gcPeakMb = gcLogPeakMb(gcLog);
        double sampledMb = peakSampled.get() / 1024.0;
        double peak = Math.max(gcPeakMb, sampledMb);
        boolean green = ok.get() == 50;
        row("5", "50 concurrent 10 MiB uploads, -Xmx256m: " + ok.get() + "/50 succeeded in " + fmt(secs)
                + " s; peak heap in use (MiB; jstat 100 ms " + fmt(sampledMb) + ", GC log pre-GC " + fmt(gcPeakMb) + ")",
                "MiB", peak, 256.0, peak / 256.0, "50/50 green in 256 MB", green);
        if (!failures.isEmpty()) {
            notes.add("memory run failures (first 3): " + failures.subList(0, Math.min(3, failures.size())));
        }
    }

    static double gcLogPeakMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return 0;
        }
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.readString(gcLog));
        double max = 0;
        while (m.find()) {
            max = Math.max(max, Double.parseDouble(m.group(1)));
        }
        return max;
    }

    // ---------------------------------------------------------------- helpers

    HttpRequest.Builder authed(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + apiKey)
                .timeout(Duration.ofSeconds(120));
    }

    static String send(HttpRequest.Builder req, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            String b = r.body();
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": " + r.statusCode()
                    + " " + (b.length() > 300 ? b.substring(0, 300) : b));
        }
        return r.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static double pct(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i))) / 1e6;
    }

    static byte[] pdfPayload(int size) {
        byte[] b = new byte[size];
        new Random(42).nextBytes(b);
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, b, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, b, size - tail.length, tail.length);
        return b;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "3: 7.61, 8.02, 7.95" — how many values and each, in the order measured. */
    static String describe(List<Double> values) {
        return values.size() + ": " + String.join(", ", values.stream().map(Bench::fmt).toList());
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    static void log(String s) {
        System.err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + s);
    }

    void row(String id, String name, String unit, double dossier, Double baseline, Double ratio, String target,
             Boolean met) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("row", id);
        r.put("name", name);
        r.put("unit", unit);
        r.put("dossier", dossier);
        r.put("baseline", baseline);
        r.put("ratio", ratio);
        r.put("target", target);
        r.put("met", met);
        rows.add(r);
        log(String.format(Locale.ROOT, "ROW %s | %s | %s | %s | %s | %s | %s", id, name, fmt(dossier),
                baseline == null ? "—" : fmt(baseline), ratio == null ? "—" : fmt(ratio), target,
                met == null ? "—" : met ? "yes" : "NO"));
    }

    void report() {
        StringBuilder t = new StringBuilder();
        t.append("| # | measurement | Dossier | raw component | ratio | target | met |\n");
        t.append("|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> r : rows) {
            Double b = (Double) r.get("baseline");
            Double ratio = (Double) r.get("ratio");
            Boolean met = (Boolean) r.get("met");
            t.append("| ").append(r.get("row")).append(" | ").append(r.get("name")).append(" | ")
                    .append(fmt((Double) r.get("dossier"))).append(" | ").append(b == null ? "—" : fmt(b))
                    .append(" | ").append(ratio == null ? "—" : fmt(ratio) + "×").append(" | ").append(r.get("target"))
                    .append(" | ").append(met == null ? "—" : met ? "yes" : "**no**").append(" |\n");
        }
        System.out.println();
        System.out.print(t);
        for (String n : notes) {
            System.out.println("- " + n);
        }
        StringBuilder j = new StringBuilder("{\n  \"generated_at\": \"" + Instant.now() + "\",\n  \"machine_cpus\": "
                + Runtime.getRuntime().availableProcessors() + ",\n  \"seed_documents\": " + seedDocuments
                + ",\n  \"rows\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            j.append("    {");
            int k = 0;
            for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
                j.append(k++ > 0 ? ", " : "").append('"').append(e.getKey()).append("\": ").append(json(e.getValue()));
            }
            j.append(i + 1 < rows.size() ? "},\n" : "}\n");
        }
        j.append("  ],\n  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            j.append(i > 0 ? ", " : "").append(json(notes.get(i)));
        }
        j.append("]\n}\n");
        try {
            // a partial run (BENCH_ONLY) never replaces the committed full run
            String name = List.of(only.split(",")).containsAll(List.of(ALL_PHASES.split(","))) ? "latest" : "partial";
            Path out = root.resolve("benchmarks/results/" + name + ".json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, j.toString());
            Files.writeString(root.resolve("benchmarks/results/" + name + ".md"), t.toString());
            log("wrote " + out);
        } catch (IOException e) {
            log("cannot write results: " + e);
        }
    }

    static String json(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double d) {
            return Double.isNaN(d) || Double.isInfinite(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        return "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
