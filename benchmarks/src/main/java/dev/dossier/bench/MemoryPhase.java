package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.fmt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Row 5: the server under test restarted with a heap of 256 MiB takes 50 concurrent 10 MiB uploads;
 * the row is the peak heap in use (jstat every 100 ms, and the GC log's heap before each
 * collection). The restarted server stays the server under test.
 */
final class MemoryPhase implements Phase {
    private static final int UPLOADS = 50;
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void run(Harness h) throws Exception {
        // the tenant the uploads go to, made on the server under test (which migrated the database)
        h.api();
        log("memory: restarting Dossier with -Xmx256m");
        Path work = h.config().work();
        Path gcLog = work.resolve("gc-256m.log");
        double ready = h.restartServer(
                "xmx256m",
                Map.of(
                        "DOSSIER_JAVA_OPTS",
                        "-Xmx256m -Xlog:gc:file=" + gcLog + " -Djava.io.tmpdir="
                                + work.resolve("data-xmx256m").resolve("tmp")));
        h.results()
                .note(String.format(
                        Locale.ROOT,
                        "-Xmx256m server on the migrated database with %d documents: ready in %.1f s",
                        h.seededDocuments(),
                        ready));
        AtomicLong ok = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        double secs;
        double sampledMb;
        try (HeapSampler sampler = HeapSampler.start(h.server().pid())) {
            Thread.sleep(1000);
            log("memory: " + UPLOADS + " concurrent uploads of 10 MiB");
            ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
            long t0 = System.nanoTime();
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int i = 0; i < UPLOADS; i++) {
                    fs.add(pool.submit(() -> {
                        try {
                            h.transfers().uploadThroughDossier();
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
            } finally {
                pool.shutdownNow();
            }
            secs = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(500);
            sampledMb = sampler.peakMb();
        }
        double gcPeakMb = gcLogPeakMb(gcLog);
        double peak = Math.max(gcPeakMb, sampledMb);
        h.results()
                .row(
                        "5",
                        UPLOADS + " concurrent 10 MiB uploads, -Xmx256m: " + ok.get() + "/" + UPLOADS
                                + " succeeded in " + fmt(secs) + " s; peak heap in use (MiB; jstat 100 ms "
                                + fmt(sampledMb) + ", GC log pre-GC " + fmt(gcPeakMb) + ")",
                        "MiB",
                        peak,
                        256.0,
                        peak / 256.0,
                        "50/50 green in 256 MB",
                        ok.get() == UPLOADS);
        if (!failures.isEmpty()) {
            h.results().note("memory run failures (first 3): " + failures.subList(0, Math.min(3, failures.size())));
        }
    }

    /** The most heap in use before a collection in a -Xlog:gc file ("12M->4M(256M)"), in MiB. */
    private static double gcLogPeakMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return 0;
        }
        Matcher m = GC_LINE.matcher(Files.readString(gcLog));
        double max = 0;
        while (m.find()) {
            max = Math.max(max, Double.parseDouble(m.group(1)));
        }
        return max;
    }
}
