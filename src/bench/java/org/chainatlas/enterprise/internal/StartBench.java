package org.chainatlas.enterprise.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chainatlas.bench.BenchApp;
import org.chainatlas.bench.Report;
import org.chainatlas.platform.data.DataQuality;

/**
 * {@code bin/bench start}: what each start costs to read the 6,194 listed companies (what each makes and where: the
 * classifier and the base extractor over every main business and introduction), on every core as the start does it,
 * against the same work on one thread (the start before it was spread over the cores), alternating, in one JVM on the
 * shipped data; both must give the same companies. Options: --rounds N (default 5), after one warm-up of each.
 */
public final class StartBench {

    private StartBench() {
    }

    public static void run(Map<String, String> options) {
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        try (BenchApp app = new BenchApp(BenchApp.Db.H2, "start", 0, 0)) {
            RealEnterprises real = app.context().getBean(RealEnterprises.class);
            CompanyFiles.Parsed parsed = CompanyFiles.load();
            // the seed articles' enterprises are read once, like the company files: the rounds time the reading of the companies
            List<SeedEnterprises.Seed> seeds = SeedEnterprises.load(app.context().getBean(org.chainatlas.chain.Chains.class),
                    app.context().getBean(org.chainatlas.region.Regions.class));
            List<RealEnterprises.Computed> one = real.compute(parsed, new ArrayList<DataQuality.Flag>(), seeds, false);
            List<RealEnterprises.Computed> all = real.compute(parsed, new ArrayList<DataQuality.Flag>(), seeds, true);
            if (!one.equals(all)) {
                throw new IllegalStateException("the companies read on every core differ from those read on one thread");
            }
            Report report = new Report().title("Start: reading the listed companies (" + one.size() + " enterprises), "
                    + Runtime.getRuntime().availableProcessors() + " cores against one thread, alternating");
            report.line("| round | one thread (s) | every core (s) | one ÷ every |").line("|---:|---:|---:|---:|");
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                double single = timed(() -> real.compute(parsed, new ArrayList<>(), seeds, false));
                double spread = timed(() -> real.compute(parsed, new ArrayList<>(), seeds, true));
                ratios[r] = single / spread;
                report.line(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f× |", r + 1, single, spread, ratios[r]));
            }
            Arrays.sort(ratios);
            report.line("").line(String.format(Locale.ROOT, "Median of the rounds' ratios: %.2f×; the same %d companies either way.",
                    ratios[rounds / 2], one.size()));
            report.save();
        }
    }

    private static double timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }
}
