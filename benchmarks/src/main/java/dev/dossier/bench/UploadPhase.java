package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.pct;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Row 1: 10 MiB uploads through Dossier, encrypted at rest and scanned by clamd as in production,
 * against PUTs of the same bytes straight to S3 with the MinIO client, with 1 and 8 clients, after a
 * warm-up until the server runs compiled code. The scan's own time per file is row 7.
 */
final class UploadPhase implements Phase {
    @Override
    public String name() {
        return "upload";
    }

    @Override
    public void run(Harness h) throws Exception {
        h.api(); // the server under test and the tenant, before anything is timed
        Transfers t = h.transfers();
        // warm-up: the server was just started, so both paths run until the JIT has compiled them
        // (two uploads each left Dossier measured half cold)
        log("upload: warm-up");
        for (int i = 0; i < Transfers.WARM_UP_TRANSFERS; i++) {
            t.uploadThroughDossier();
            t.putDirect();
        }
        t.throughput(8, 2, t::putDirect);
        JitWarmUp.untilCompiled(h, "upload", () -> t.throughput(8, 2, t::uploadThroughDossier));
        for (int clients : new int[] {1, 8}) {
            int perClient = clients == 1 ? 12 : 4;
            log("upload: " + clients + " client(s) x " + perClient + " files of 10 MiB");
            Transfer direct = t.throughput(clients, perClient, t::putDirect);
            Transfer dossier = t.throughput(clients, perClient, t::uploadThroughDossier);
            if (clients == 1) {
                h.results().note(latencyNote(h, dossier, direct));
            }
            h.results().note(Transfers.cpuNote("upload", clients, direct, dossier, 0.85));
            double ratio = dossier.mibPerSecond() / direct.mibPerSecond();
            h.results()
                    .row(
                            "1",
                            "upload 10 MiB, encrypted at rest and scanned, " + clients + " client"
                                    + (clients > 1 ? "s" : "") + " (MiB/s)",
                            "MiB/s",
                            dossier.mibPerSecond(),
                            direct.mibPerSecond(),
                            ratio,
                            "≥ 0.85× direct S3 PUT",
                            ratio >= 0.85);
        }
    }

    /**
     * Where the 1-client upload's time goes: Dossier's receive phase timed alone (the upload refused
     * for its missing document type, after the whole body was read, parsed, hashed and spooled),
     * against the same body into a null sink; the S3 PUT can start only after that phase, because
     * its signed headers carry the length and the SHA-256. A multipart upload of 5 MiB parts could
     * start while the body arrives: direct PUTs time it against the single PUT.
     */
    private static String latencyNote(Harness h, Transfer dossier, Transfer direct) throws Exception {
        DossierApi api = h.api();
        byte[] payload = h.transfers().payload();
        List<Long> receive = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long t = System.nanoTime();
            DossierApi.expect(api.upload(api.uploadUri(), false, payload), 400);
            if (i >= 2) {
                receive.add(System.nanoTime() - t);
            }
        }
        List<Long> single = new ArrayList<>();
        List<Long> multipart = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long t = System.nanoTime();
            h.transfers().putDirect(payload, Transfers.SINGLE_PUT_PART_BYTES);
            long u = System.nanoTime();
            h.transfers().putDirect(payload, Transfers.MIN_MULTIPART_PART_BYTES);
            if (i >= 2) {
                single.add(u - t);
                multipart.add(System.nanoTime() - u);
            }
        }
        return String.format(
                Locale.ROOT,
                "upload, 1 client: %.0f ms per 10 MiB through Dossier vs %.0f ms direct"
                        + " (0.85× means at most %.0f ms). Dossier's receive phase alone (the same body read, parsed,"
                        + " hashed and spooled, then refused for its missing document type): p50 %.0f ms; the same"
                        + " body into a null sink that only reads it: p50 %.1f ms; SHA-256 of 10 MiB %.1f ms. The"
                        + " PUT to S3 starts after the receive phase: its signed headers carry the length and the hash;"
                        + " a multipart upload of 5 MiB parts, which could start earlier, takes p50 %.0f ms direct"
                        + " against %.0f ms for the single PUT",
                dossier.millisPerFile(),
                direct.millisPerFile(),
                direct.millisPerFile() / 0.85,
                pct(receive, 50),
                nullSinkMillis(api, payload),
                shaMillis(payload),
                pct(multipart, 50),
                pct(single, 50));
    }

    /** p50 ms of the bench's upload request into an HTTP server in this JVM that reads the body and discards it. */
    private static double nullSinkMillis(DossierApi api, byte[] payload) throws Exception {
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        sink.createContext("/", exchange -> {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
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
                DossierApi.expect(api.upload(uri, true, payload), 204);
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

    /** p50 ms of SHA-256 over the 10 MiB payload. */
    private static double shaMillis(byte[] payload) throws Exception {
        List<Long> lat = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            MessageDigest.getInstance("SHA-256").digest(payload);
            lat.add(System.nanoTime() - t);
        }
        return pct(lat.subList(1, lat.size()), 50);
    }
}
