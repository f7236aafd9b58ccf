package org.chainatlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chainatlas.chain.Chains;
import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.matching.Matching;
import org.chainatlas.matching.SiteFactor;
import org.chainatlas.matching.Weights;
import org.chainatlas.region.Places;
import org.springframework.context.ApplicationContext;

/**
 * One evaluation run over a case file: the engine with its shipped weights, the engine with weights calibrated by the
 * leave-one-out bootstrap (each case ranked with the mean weights of the bootstrap resamples that never drew it), how far
 * that row moves with the resamples of other seeds, the three baselines, and the weights a fit on all cases gives — all
 * from the same run, printed as Markdown.
 */
public final class EvaluationReport {

    /**
     * @param seeds the leave-one-out bootstrap row with the resamples of {@link Evaluation#SEED} first, then those of the
     *        other seeds
     */
    public record Result(List<Evaluation.Figures> figures, List<Evaluation.Figures> seeds, List<Evaluation.Difference> differences,
            double[] fittedOnAll, String markdown, int resolved, int cases) {

        public Evaluation.Figures figures(String method) {
            return figures.stream().filter(f -> f.method().equals(method)).findFirst().orElseThrow();
        }
    }

    public static final String SHIPPED = "ChainAtlas, shipped weights";
    public static final String LOO = "ChainAtlas, leave-one-out bootstrap calibrated";
    public static final String RANDOM = "baseline: uniform random";
    public static final String GOVERNANCE = "baseline: chain-chief host lists";
    public static final String CLUSTER = "baseline: cluster size";

    private EvaluationReport() {
    }

    public static Result run(ApplicationContext context, List<TransferCase> cases) {
        Evaluation evaluation = new Evaluation(context.getBean(Matching.class), context.getBean(Places.class),
                context.getBean(Chains.class), context.getBean(SegmentClassifier.class), context.getBean(EnterpriseCatalog.class));
        long started = System.nanoTime();
        List<Evaluation.Asked> asked = new ArrayList<>();
        int[] destinations = new int[cases.size()];
        int resolved = 0;
        for (int i = 0; i < cases.size(); i++) {
            Evaluation.Asked a = evaluation.ask(cases.get(i).query());
            asked.add(a);
            String destination = evaluation.destination(cases.get(i)).orElse(null);
            destinations[i] = destination == null ? -1 : Evaluation.cityIndex(a, destination);
            if (destination != null) {
                resolved++;
            }
        }
        double askSeconds = (System.nanoTime() - started) / 1e9;
        double[] shipped = Evaluation.array(Weights.DEFAULT);
        List<Evaluation.Place> engine = new ArrayList<>();
        List<Evaluation.Place> loo = new ArrayList<>();
        List<Evaluation.Place> random = new ArrayList<>();
        List<Evaluation.Place> governance = new ArrayList<>();
        List<Evaluation.Place> cluster = new ArrayList<>();
        StringBuilder detail = new StringBuilder("\n| row | enterprise | asked with | segment | home | destination | rank (LOO) | top 3 (LOO) |\n|---:|---|---|---|---|---|---:|---|\n");
        // each case's weights, fitted on resamples that never drew it (the leave-one-out bootstrap)
        Evaluation.Bootstrap bootstrap = Evaluation.bootstrap(asked, destinations, Evaluation.PRIOR, Evaluation.BAGS, Evaluation.SEED);
        double[][] folds = new double[asked.size()][];
        int fewestOutOfBag = Integer.MAX_VALUE;
        for (int i = 0; i < asked.size(); i++) {
            folds[i] = bootstrap.outOfBag(i);
            fewestOutOfBag = Math.min(fewestOutOfBag, bootstrap.outOfBagCount(i));
        }
        for (int i = 0; i < asked.size(); i++) {
            Evaluation.Asked a = asked.get(i);
            engine.add(Evaluation.place(Evaluation.cityScores(a, shipped), destinations[i]));
            double[] w = folds[i];
            double[] scores = Evaluation.cityScores(a, w);
            Evaluation.Place p = Evaluation.place(scores, destinations[i]);
            loo.add(p);
            random.add(Evaluation.random(a, destinations[i]));
            governance.add(Evaluation.place(evaluation.governanceScores(a), destinations[i]));
            cluster.add(Evaluation.place(evaluation.clusterScores(a), destinations[i]));
            detail.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s |%n", a.query().row(), a.query().enterprise(),
                    a.text(), a.nodeName() == null ? (a.chainCode() == null ? "–" : a.chainCode()) : a.nodeName(), a.home(),
                    cases.get(i).destinationCity(), Double.isInfinite(p.rank()) ? "–" : String.format(Locale.ROOT, "%.0f", p.rank()),
                    top(a, scores, 3)));
        }
        double[] all = bootstrap.all();
        List<Evaluation.Figures> figures = List.of(Evaluation.figures(SHIPPED, engine), Evaluation.figures(LOO, loo),
                Evaluation.figures(RANDOM, random), Evaluation.figures(GOVERNANCE, governance), Evaluation.figures(CLUSTER, cluster));
        // the same estimate with the resamples drawn from other seeds: how far the row moves on the draw alone
        List<Evaluation.Figures> seeds = new ArrayList<>(List.of(Evaluation.figures(LOO, loo)));
        for (long seed : OTHER_SEEDS) {
            Evaluation.Bootstrap other = Evaluation.bootstrap(asked, destinations, Evaluation.PRIOR, Evaluation.BAGS, seed);
            List<Evaluation.Place> places = new ArrayList<>();
            for (int i = 0; i < asked.size(); i++) {
                places.add(Evaluation.place(Evaluation.cityScores(asked.get(i), other.outOfBag(i)), destinations[i]));
            }
            seeds.add(Evaluation.figures(LOO + ", seed " + seed, places));
        }
        List<Evaluation.Difference> differences = List.of(
                Evaluation.paired("calibrated", loo, "chain-chief", governance, Evaluation.SEED),
                Evaluation.paired("calibrated", loo, "cluster size", cluster, Evaluation.SEED),
                Evaluation.paired("calibrated", loo, "random", random, Evaluation.SEED));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Cases: %d (%d destinations resolved to a city); candidate cities per case: %d; "
                + "engine queries took %.1f s.%n%n", cases.size(), resolved, asked.isEmpty() ? 0 : asked.getFirst().cities().length, askSeconds));
        md.append(Evaluation.table(figures));
        md.append(String.format(Locale.ROOT, "%nLeave-one-out bootstrap: each case ranked with the mean weights of the resamples that "
                + "never drew it (of %d resamples, seed %d; at least %d per case). The same row with the resamples drawn from %d seeds "
                + "(%s and %s): hit@1 %s, hit@5 %s, hit@10 %s, MRR %s.%n", Evaluation.BAGS, Evaluation.SEED, fewestOutOfBag,
                seeds.size(), Evaluation.SEED, java.util.Arrays.toString(OTHER_SEEDS).replaceAll("[\\[\\]]", ""), range(seeds, 0),
                range(seeds, 1), range(seeds, 2), range(seeds, -1)));
        md.append(String.format(Locale.ROOT, "%nThe calibrated row against each baseline, case by case (paired bootstrap over the %d "
                + "cases, %d resamples, seed %d; an interval that holds zero is no evidence of a difference):%n%n", loo.size(),
                Evaluation.PAIRED_RESAMPLES, Evaluation.SEED));
        md.append(Evaluation.differences(differences));
        md.append("\nWeights fitted on all cases (mean of " + Evaluation.BAGS + " coordinate ascents on MRR from the prior over bootstrap "
                + "resamples, calibrated factors only):\n\n"
                + "| factor | prior | fitted on all | shipped |\n|---|---:|---:|---:|\n");
        for (SiteFactor f : SiteFactor.values()) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", f.key(), Evaluation.PRIOR[f.ordinal()], all[f.ordinal()],
                    shipped[f.ordinal()]));
        }
        md.append(detail);
        return new Result(figures, seeds, differences, all, md.toString(), resolved, cases.size());
    }

    /** Seeds of the resamples besides {@link Evaluation#SEED}, for the spread of the leave-one-out bootstrap row. */
    static final long[] OTHER_SEEDS = {1, 2, 3, 4};

    /** Lowest to highest of one figure (a hit@k index, or -1 for MRR) over the seeds' rows. */
    private static String range(List<Evaluation.Figures> rows, int k) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (Evaluation.Figures f : rows) {
            double v = k < 0 ? f.mrr() : f.hits()[k];
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        return String.format(Locale.ROOT, "%.3f–%.3f", low, high);
    }

    private static String top(Evaluation.Asked a, double[] scores, int n) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, order.length); i++) {
            out.add(a.cities()[order[i]]);
        }
        return String.join(" ", out);
    }
}
