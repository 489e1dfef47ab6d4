package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.fmt;
import static dev.dossier.bench.Stats.pct;

import dev.dossier.adapters.storage.scanning.ClamdAddress;
import dev.dossier.adapters.storage.scanning.ClamdMalwareScanner;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Row 7: what the malware scan adds to an upload, as Dossier's clamd client scans the bench's 10 MiB
 * PDF, over TCP and over a Unix socket, one file at a time. Against BENCH_CLAMD_ADDRESS when set (a
 * production-like clamd with the official signatures); otherwise against the run's own {@link Clamd},
 * the one the server under test scans its uploads with.
 */
final class ScanPhase implements Phase {
    private static final int WARM_UP = 5;
    private static final int SCANS = 20;

    @Override
    public String name() {
        return "scan";
    }

    @Override
    public void run(Harness h) throws Exception {
        byte[] pdf = h.transfers().payload();
        if (h.config().clamdAddress() != null) {
            ClamdAddress given = ClamdAddress.parse(h.config().clamdAddress());
            measure(h, given, given.toString() + ", BENCH_CLAMD_ADDRESS", pdf);
            return;
        }
        Clamd own = h.clamd();
        measure(h, own.tcp(), "TCP, one-signature database", pdf);
        measure(h, own.unix(), "Unix socket, one-signature database", pdf);
    }

    private static void measure(Harness h, ClamdAddress address, String how, byte[] pdf) {
        ClamdMalwareScanner scanner = new ClamdMalwareScanner(address, Duration.ofSeconds(30));
        log("scan: " + how + ", " + WARM_UP + " warm-up and " + SCANS + " timed scans of 10 MiB");
        for (int i = 0; i < WARM_UP; i++) {
            scanner.scan(new ByteArrayInputStream(pdf));
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < SCANS; i++) {
            long start = System.nanoTime();
            if (!scanner.scan(new ByteArrayInputStream(pdf)).isClean()) {
                throw new IllegalStateException("clamd flagged the bench's PDF");
            }
            nanos.add(System.nanoTime() - start);
        }
        double median = pct(nanos, 50);
        h.results()
                .row(
                        "7",
                        "malware scan of a 10 MiB PDF, clamd INSTREAM over " + how + " (ms per file, median of "
                                + SCANS + "; p95 " + fmt(pct(nanos, 95)) + "; "
                                + fmt(Transfers.FILE_BYTES / 1048576.0 / (median / 1000)) + " MiB/s)",
                        "ms",
                        median,
                        null,
                        null,
                        "(info: added to each upload)",
                        null);
    }
}
