package dev.dossier.bench;

import static dev.dossier.bench.Log.log;

import io.minio.GetObjectArgs;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Row 2: 10 MiB downloads through Dossier (issue a link, then redeem it; and redeeming links issued
 * beforehand, which is the decryption's and relay's cost alone) against GETs of the same size
 * straight from S3 with the MinIO client, with 1 and 8 clients, after a warm-up until the server
 * runs compiled code. It reads back what the upload phase left, uploading more if needed.
 */
final class DownloadPhase implements Phase {
    /** Documents (and objects) the downloads go round. */
    private static final int FILES = 8;

    @Override
    public String name() {
        return "download";
    }

    @Override
    public void run(Harness h) throws Exception {
        DossierApi api = h.api();
        Transfers t = h.transfers();
        while (t.uploadedIds().size() < FILES) {
            t.uploadThroughDossier();
        }
        while (t.directKeys().size() < FILES) {
            t.putDirect();
        }
        List<String> ids = t.uploadedIds();
        List<String> keys = t.directKeys();
        log("download: warm-up");
        AtomicLong next = new AtomicLong();
        AtomicLong issueNanos = new AtomicLong();
        AtomicLong redeemNanos = new AtomicLong();
        AtomicLong downloads = new AtomicLong();
        Callable<Void> viaDossier = () -> {
            String id = ids.get((int) (next.getAndIncrement() % ids.size()));
            long t0 = System.nanoTime();
            String url = DossierApi.field(api.get("/api/v1/documents/" + id + "/download/"), "download_url");
            long t1 = System.nanoTime();
            RawHttp.Response r = RawHttp.send("GET", URI.create(url), Map.of(), List.of(), false);
            issueNanos.addAndGet(t1 - t0);
            redeemNanos.addAndGet(System.nanoTime() - t1);
            downloads.incrementAndGet();
            if (r.status() != 200 || r.bodyBytes() != Transfers.FILE_BYTES) {
                throw new IllegalStateException("download: status " + r.status() + ", " + r.bodyBytes() + " bytes");
            }
            return null;
        };
        AtomicLong nextKey = new AtomicLong();
        Callable<Void> direct = () -> {
            String key = keys.get((int) (nextKey.getAndIncrement() % keys.size()));
            GetObjectArgs get = GetObjectArgs.builder()
                    .bucket(Transfers.DIRECT_BUCKET)
                    .object(key)
                    .build();
            long n = drain(h.minio().getObject(get));
            if (n != Transfers.FILE_BYTES) {
                throw new IllegalStateException("direct GET: " + n + " bytes");
            }
            return null;
        };
        for (int i = 0; i < Transfers.WARM_UP_TRANSFERS; i++) {
            viaDossier.call();
            direct.call();
        }
        t.throughput(8, 2, direct);
        JitWarmUp.untilCompiled(h, "download", () -> t.throughput(8, 2, viaDossier));
        issueNanos.set(0);
        redeemNanos.set(0);
        downloads.set(0);
        for (int clients : new int[] {1, 8}) {
            int perClient = clients == 1 ? 16 : 8;
            log("download: " + clients + " client(s) x " + perClient + " files of 10 MiB");
            Transfer d = t.throughput(clients, perClient, direct);
            Transfer x = t.throughput(clients, perClient, viaDossier);
            if (clients == 1) {
                double budget = d.millisPerFile() / 0.9 - d.millisPerFile();
                long n = downloads.get();
                h.results()
                        .note(String.format(
                                Locale.ROOT,
                                "download, 1 client: %.1f ms per 10 MiB through Dossier (mean %.1f ms to issue the"
                                        + " link, %.1f ms to redeem it and read 10 MiB; %d downloads after the warm-up)"
                                        + " vs %.1f ms direct, so 0.9× would leave %.1f ms per download for both of"
                                        + " Dossier's requests",
                                x.millisPerFile(),
                                issueNanos.get() / 1e6 / n,
                                redeemNanos.get() / 1e6 / n,
                                n,
                                d.millisPerFile(),
                                budget));
            }
            h.results().note(Transfers.cpuNote("download", clients, d, x, 0.9));
            if (clients > 1) {
                double budget = Transfers.dossierCpuBudget(d, x, 0.9);
                double receive = d.cpuMillisPerFile().getOrDefault("bench client", Double.NaN);
                h.results()
                        .note(String.format(
                                Locale.ROOT,
                                "download, %d clients: Dossier relays the bytes, so it receives each 10 MiB from S3"
                                        + " through the MinIO client, which is what the direct path's client does"
                                        + " (%.0f ms of CPU per file there), and then sends them on: the receive alone"
                                        + " is %s the %.0f ms of CPU that 0.9× would leave Dossier",
                                clients,
                                receive,
                                receive > budget ? "over" : "within",
                                Math.max(0, budget)));
            }
            String who = clients + " client" + (clients > 1 ? "s" : "");
            double ratio = x.mibPerSecond() / d.mibPerSecond();
            h.results()
                    .row(
                            "2",
                            "download 10 MiB (issue link + redeem), " + who,
                            "MiB/s",
                            x.mibPerSecond(),
                            d.mibPerSecond(),
                            ratio,
                            "(info: two requests against one; split below)",
                            null);
            Queue<String> links = issueLinks(api, ids, clients * perClient);
            Transfer redeemOnly = t.throughput(clients, perClient, () -> redeem(links.remove()));
            h.results().note(Transfers.cpuNote("download, redeem only", clients, d, redeemOnly, 0.8));
            double redeemRatio = redeemOnly.mibPerSecond() / d.mibPerSecond();
            h.results()
                    .row(
                            "2",
                            "download 10 MiB, redeem only (links issued beforehand; decrypted on the way), " + who,
                            "MiB/s",
                            redeemOnly.mibPerSecond(),
                            d.mibPerSecond(),
                            redeemRatio,
                            clients == 1 ? "≥ 0.8× direct S3 GET" : "(info; CPU per file in the notes)",
                            clients == 1 ? redeemRatio >= 0.8 : null);
        }
        LinkLatency.measure(h, api.tenant(), ids.get(0));
    }

    /** {@code count} fresh single-use links, round the documents. */
    private static Queue<String> issueLinks(DossierApi api, List<String> ids, int count) throws Exception {
        Queue<String> links = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < count; i++) {
            String id = ids.get(i % ids.size());
            links.add(DossierApi.field(api.get("/api/v1/documents/" + id + "/download/"), "download_url"));
        }
        return links;
    }

    private static Void redeem(String url) throws IOException {
        RawHttp.Response r = RawHttp.send("GET", URI.create(url), Map.of(), List.of(), false);
        if (r.status() != 200 || r.bodyBytes() != Transfers.FILE_BYTES) {
            throw new IllegalStateException("redeem: status " + r.status() + ", " + r.bodyBytes() + " bytes");
        }
        return null;
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        try (in) {
            for (int r; (r = in.read(buf)) >= 0; ) {
                n += r;
            }
        }
        return n;
    }
}
