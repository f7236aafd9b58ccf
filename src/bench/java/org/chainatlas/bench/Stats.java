package org.chainatlas.bench;

import java.util.Arrays;
import java.util.List;

/** Latency figures of one measured operation, in milliseconds. */
public record Stats(String name, int samples, double p50, double p99, double mean) {

    public static Stats of(String name, List<Long> nanos) {
        double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        return new Stats(name, ms.length, percentile(ms, 0.50), percentile(ms, 0.99), Arrays.stream(ms).average().orElse(0));
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public String row() {
        return String.format("| %-44s | %6d | %10.2f | %10.2f | %10.2f |", name, samples, p50, p99, mean);
    }

    public static String header() {
        return "| what                                         | n      | p50 (ms)   | p99 (ms)   | mean (ms)  |\n"
                + "|----------------------------------------------|--------|------------|------------|------------|";
    }
}
