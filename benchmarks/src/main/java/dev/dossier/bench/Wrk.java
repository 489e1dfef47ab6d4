package dev.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk, the HTTP load generator of the rate phase: a C client like pgbench's own, so that the client
 * is not what limits the rate.
 */
final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    private Wrk() {}

    /**
     * The rate of GETs of {@code path} on the server under test with {@code conns} connections
     * (BENCH_RATE_SECONDS), after 2 s warm-up runs until the server runs compiled code; {@code lua}
     * is a wrk script that makes the requests, if any. If {@code mustSucceed}, any failed request is
     * an error.
     */
    static Rate rate(Harness h, int conns, String path, Path lua, boolean mustSucceed) throws Exception {
        return rate(h, conns, path, lua, mustSucceed, null);
    }

    /** The same, each request with {@code bearer} as its API key (null: none). */
    static Rate rate(Harness h, int conns, String path, Path lua, boolean mustSucceed, String bearer) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                h.config().wrk(),
                "-t",
                String.valueOf(Math.min(conns, 2)),
                "-c",
                String.valueOf(conns),
                "-d",
                "2s",
                "--latency"));
        if (lua != null) {
            cmd.addAll(List.of("-s", lua.toString()));
        }
        if (bearer != null) {
            cmd.addAll(List.of("-H", "Authorization: Bearer " + bearer));
        }
        cmd.add(h.api().base() + path);
        JitWarmUp.untilCompiled(h, null, () -> h.exec(cmd));
        cmd.set(cmd.indexOf("2s"), h.config().rateSeconds() + "s");
        String out = h.exec(cmd);
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("wrk: no rate in\n" + out);
        }
        if (mustSucceed && (out.contains("Non-2xx") || out.contains("Socket errors"))) {
            throw new IllegalStateException("wrk: failed requests against " + path + "\n" + out);
        }
        return new Rate(Double.parseDouble(rate.group(1)), percentile(out, "50%"), percentile(out, "99%"));
    }

    /** One line of wrk's latency distribution ("     99%   35.97ms"), in milliseconds. */
    private static double percentile(String out, String label) {
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
}
