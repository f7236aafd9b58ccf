package org.chainatlas.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Console progress of a long load: a line each 5% (and at the end) with rate and elapsed time. */
public final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final java.util.Map<String, Double> RECORDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Notes how long a named step took (seconds), for the benchmarks' load report. */
    public static void record(String step, double seconds) {
        RECORDED.put(step, seconds);
    }

    /** The steps recorded so far, with their seconds. */
    public static java.util.Map<String, Double> recorded() {
        return java.util.Map.copyOf(RECORDED);
    }

    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private int lastTwentieth = -1;

    public Progress(String what, long total) {
        this.what = what;
        this.total = Math.max(1, total);
    }

    public Progress sub(String part, long partTotal) {
        return new Progress(what + " · " + part, partTotal);
    }

    public void advance(long n) {
        done += n;
        int twentieth = (int) Math.min(20, done * 20 / total);
        boolean large = total >= 20_000;
        if (twentieth > lastTwentieth && (large || twentieth == 20)) {
            lastTwentieth = twentieth;
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info("{}: {}/{} ({}%) in {} s, {} /s", what, done, total, twentieth * 5, String.format("%.1f", seconds),
                    seconds == 0 ? "-" : String.format("%.0f", done / seconds));
        }
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
