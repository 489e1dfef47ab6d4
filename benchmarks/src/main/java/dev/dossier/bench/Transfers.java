package dev.dossier.bench;

import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The 10 MiB transfers both ways, through Dossier and straight to S3 with the MinIO client, and what
 * they leave behind: the documents uploaded and the objects put, which later phases read back.
 */
final class Transfers {
    /** 10 MiB, the largest upload Dossier accepts. */
    static final int FILE_BYTES = 10 * 1024 * 1024;
    /** Transfers of each kind before upload and download are timed. */
    static final int WARM_UP_TRANSFERS = 20;
    /** A part size over the payload's: one PUT of the whole object. */
    static final long SINGLE_PUT_PART_BYTES = 16L * 1024 * 1024;
    /** S3's smallest part: the 10 MiB payload goes as a multipart upload of two parts. */
    static final long MIN_MULTIPART_PART_BYTES = 5L * 1024 * 1024;
    /** The bucket of the direct path (Dossier's is "dossier"). */
    static final String DIRECT_BUCKET = "direct";

    private final Harness h;
    private final byte[] payload = pdfPayload(FILE_BYTES);
    private final List<String> uploadedIds = Collections.synchronizedList(new ArrayList<>());
    private final List<String> directKeys = Collections.synchronizedList(new ArrayList<>());

    Transfers(Harness h) {
        this.h = h;
    }

    /** The 10 MiB PDF every transfer sends; read-only (the same array goes into every request). */
    byte[] payload() {
        return payload;
    }

    /** One upload through Dossier (to the server under test), whose document id is kept. */
    Void uploadThroughDossier() throws Exception {
        DossierApi api = h.api();
        uploadedIds.add(DossierApi.field(DossierApi.expect(api.upload(api.uploadUri(), true, payload), 201), "id"));
        return null;
    }

    /** One PUT of the whole object, as Dossier's S3 adapter does (part size ≥ object size); its key is kept. */
    Void putDirect() throws Exception {
        putDirect(payload, SINGLE_PUT_PART_BYTES);
        return null;
    }

    /** A MinIO client PUT; a part size under the object's size makes it a multipart upload. */
    void putDirect(byte[] bytes, long partSize) throws Exception {
        String key = "bench/" + UUID.randomUUID();
        h.minio()
                .putObject(PutObjectArgs.builder().bucket(DIRECT_BUCKET).object(key).stream(
                                new ByteArrayInputStream(bytes), (long) bytes.length, partSize)
                        .contentType("application/pdf")
                        .build());
        directKeys.add(key);
    }

    /** The ids of the documents uploaded through Dossier so far, in order. */
    List<String> uploadedIds() {
        synchronized (uploadedIds) {
            return List.copyOf(uploadedIds);
        }
    }

    /** The keys of the objects put straight into S3 so far, in order. */
    List<String> directKeys() {
        synchronized (directKeys) {
            return List.copyOf(directKeys);
        }
    }

    /** {@code clients} threads each doing {@code perClient} operations on 10 MiB. */
    Transfer throughput(int clients, int perClient, Callable<Void> op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            Map<String, Double> cpuBefore = h.cpu().read();
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
            return new Transfer(
                    (double) files * FILE_BYTES / (1024.0 * 1024.0) / secs,
                    CpuMeter.perOperationMillis(cpuBefore, h.cpu().read(), files));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Where the CPU of both ways goes, per 10 MiB file. When the cores are saturated the rate ratio
     * follows the CPU ratio, so this also gives the most Dossier's own work could cost at the
     * {@code target} ratio.
     */
    static String cpuNote(String what, int clients, Transfer direct, Transfer dossier, double target) {
        double dossierOwn = dossier.cpuMillisPerFile().getOrDefault("Dossier", Double.NaN);
        double budget = dossierCpuBudget(direct, dossier, target);
        return String.format(
                Locale.ROOT,
                "%s, %d client%s, CPU per 10 MiB file (ms; from /proc; PostgreSQL not counted):"
                        + " direct %s = %.0f, %.1f of the 2 cores busy; through Dossier %s = %.0f, %.1f cores busy."
                        + " On saturated cores %.2f× would need Dossier's own CPU at most %.0f ms per file"
                        + " (it used %.0f ms)",
                what,
                clients,
                clients > 1 ? "s" : "",
                describeCpu(direct),
                direct.cpuMillisTotal(),
                direct.coresBusy(),
                describeCpu(dossier),
                dossier.cpuMillisTotal(),
                dossier.coresBusy(),
                target,
                Math.max(0, budget),
                dossierOwn);
    }

    /**
     * The most CPU per file Dossier's own work could cost at the {@code target} ratio on saturated
     * cores: the direct way's total over the target, less what every other process (S3Proxy, clamd,
     * the bench client) spent going through Dossier.
     */
    static double dossierCpuBudget(Transfer direct, Transfer dossier, double target) {
        double others = dossier.cpuMillisPerFile().entrySet().stream()
                .filter(e -> !e.getKey().equals("Dossier"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        return direct.cpuMillisTotal() / target - others;
    }

    private static String describeCpu(Transfer t) {
        List<String> parts = new ArrayList<>();
        t.cpuMillisPerFile().forEach((name, ms) -> {
            if (ms >= 0.5) {
                parts.add(name + " " + String.format(Locale.ROOT, "%.0f", ms));
            }
        });
        return "(" + String.join(" + ", parts) + ")";
    }

    /** Random bytes (always the same) between a PDF's header and trailer. */
    static byte[] pdfPayload(int size) {
        byte[] b = new byte[size];
        new Random(42).nextBytes(b);
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, b, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, b, size - tail.length, tail.length);
        return b;
    }
}
