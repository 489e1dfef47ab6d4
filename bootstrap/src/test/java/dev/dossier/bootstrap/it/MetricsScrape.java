package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.util.List;

/**
 * One read of {@code /metrics} (Prometheus text) with the suite's metrics token, and the sums of its
 * samples, whatever prefix or tags the server adds.
 */
record MetricsScrape(String text) {
    /** The token the suite's server asks for (DOSSIER_METRICS_TOKEN in Failsafe's environment), if any. */
    static String token() {
        return System.getenv("DOSSIER_METRICS_TOKEN");
    }

    static MetricsScrape of(ApiClient api) {
        Resp r = api.send("GET", "/metrics", token(), null, null, "Accept", "text/plain");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return new MetricsScrape(r.text());
    }

    /** The sum of the samples named {@code name} (before any tags) whose tags contain every one of {@code tags}. */
    double sum(String name, String... tags) {
        return samples(name, tags).stream()
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    boolean has(String name, String... tags) {
        return !samples(name, tags).isEmpty();
    }

    /** The value of the one sample named {@code name}; fails when it is not there. */
    double value(String name) {
        assertThat(has(name)).as(name + " in /metrics:\n" + text).isTrue();
        return sum(name);
    }

    /** The count samples of timer {@code name}, whether the server names them with the unit (Liberty) or not. */
    List<String> timerCounts(String name, String... tags) {
        List<String> plain = samples(name + "_count", tags);
        return plain.isEmpty() ? samples(name + "_seconds_count", tags) : plain;
    }

    List<String> samples(String name, String... tags) {
        return text.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> List.of(tags).stream().allMatch(line::contains))
                .toList();
    }
}
