package dev.dossier.bench;

import static dev.dossier.bench.Log.log;

import java.util.Locale;

/**
 * Warm-up until the server under test runs compiled code. Payara's request path is thousands of
 * methods that each request runs once or a few times, so on a fresh server the compilers keep busy
 * for hundreds of requests, and at nice 10 (scripts/run.sh) they get almost no CPU while the cores
 * are saturated:
 * a share taken during a saturated round alone would read low while the queue grows.
 */
final class JitWarmUp {
    /** One round of a warm-up. */
    interface Round {
        void run() throws Exception;
    }

    /** Warm-up rounds at most; a round is a couple of seconds. */
    static final int MAX_ROUNDS = 40;

    private JitWarmUp() {}

    /**
     * Repeats {@code round}, each followed by a pause until the server's JIT has compiled what the
     * round queued, until the compilers' CPU was at most a tenth of the server's in one round and
     * its pause (at most {@link #MAX_ROUNDS} rounds), so that the timed runs measure compiled code.
     * A {@code phase} named here gets a note.
     */
    static void untilCompiled(Harness h, String phase, Round round) throws Exception {
        DossierServer server = h.server();
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
        } while (share > 0.1 && rounds < MAX_ROUNDS);
        if (phase != null) {
            String msg = String.format(
                    Locale.ROOT,
                    "%s: warm-up of %d sequential transfers each way and 16 concurrent direct ones, then %d round%s"
                            + " of 16 concurrent ones through Dossier (%.0f s in all) until the JIT's share of the"
                            + " server's CPU in a round was %.0f%%%s",
                    phase,
                    Transfers.WARM_UP_TRANSFERS,
                    rounds,
                    rounds > 1 ? "s" : "",
                    (System.nanoTime() - t0) / 1e9,
                    share * 100,
                    share > 0.1 ? " (still above 10% after the last round)" : "");
            log(msg);
            h.results().note(msg);
        }
    }
}
