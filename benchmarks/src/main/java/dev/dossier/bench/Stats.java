package dev.dossier.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Percentiles, medians and the number format of the table. */
final class Stats {
    private Stats() {}

    /** The {@code p}th percentile of {@code nanos}, in milliseconds (nearest rank); NaN for none. */
    static double pct(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i))) / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * The element whose {@code value} is the median of all the elements' (an odd number of them):
     * the round a row reports, so that its figures belong together.
     */
    static <T> T medianBy(List<T> elements, ToDoubleFunction<T> value) {
        List<T> sorted =
                elements.stream().sorted(Comparator.comparingDouble(value)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** "3: 7.61, 8.02, 7.95" — how many values and each, in the order measured. */
    static String describe(List<Double> values) {
        return values.size() + ": "
                + String.join(", ", values.stream().map(Stats::fmt).toList());
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
