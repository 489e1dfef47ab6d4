package dev.dossier.bench;

import static dev.dossier.bench.Log.log;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap a JVM had in use while this ran: jstat's survivor, eden and old generation use,
 * sampled every 100 ms on a thread of its own until closed.
 */
final class HeapSampler implements AutoCloseable {
    private static final List<String> USED = List.of("S0U", "S1U", "EU", "OU");

    private final long pid;
    private final AtomicLong peakKb = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    private HeapSampler(long pid) {
        this.pid = pid;
        this.thread = new Thread(this::sample, "jstat sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start(long pid) {
        HeapSampler s = new HeapSampler(pid);
        s.thread.start();
        return s;
    }

    /** The peak heap in use so far, in MiB. */
    double peakMb() {
        return peakKb.get() / 1024.0;
    }

    @Override
    public void close() {
        stop.set(true);
    }

    private void sample() {
        try {
            Process p = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "100")
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
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
                        if (USED.contains(header[i])) {
                            used += Double.parseDouble(f[i]);
                        }
                    }
                    peakKb.accumulateAndGet((long) used, Math::max);
                }
            } finally {
                p.destroy();
            }
        } catch (Exception e) {
            log("jstat sampler: " + e);
        }
    }
}
