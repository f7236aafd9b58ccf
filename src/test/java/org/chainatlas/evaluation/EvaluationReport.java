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
 * One evaluation run over a case file: the engine with its shipped weights, the engine with weights calibrated by
 * leave-one-out (each case ranked with weights fitted on the other cases only), the three baselines, and the weights a
 * fit on all cases gives — all from the same run, printed as Markdown.
 */
public final class EvaluationReport {

    public record Result(List<Evaluation.Figures> figures, double[] fittedOnAll, String markdown, int resolved, int cases) {

        public Evaluation.Figures figures(String method) {
            return figures.stream().filter(f -> f.method().equals(method)).findFirst().orElseThrow();
        }
    }

    public static final String SHIPPED = "ChainAtlas, shipped weights";
    public static final String LOO = "ChainAtlas, leave-one-out calibrated";
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
        // each case's weights, fitted on the other cases only: the folds share nothing and run on every core
        double[][] folds = new double[asked.size()][];
        java.util.stream.IntStream.range(0, asked.size()).parallel().forEach(i -> {
            List<Evaluation.Asked> train = new ArrayList<>(asked);
            train.remove(i);
            int[] trainDestinations = new int[destinations.length - 1];
            for (int j = 0, k = 0; j < destinations.length; j++) {
                if (j != i) {
                    trainDestinations[k++] = destinations[j];
                }
            }
            folds[i] = Evaluation.fitBagged(train, trainDestinations, Evaluation.PRIOR);
        });
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
        double[] all = Evaluation.fitBagged(asked, destinations, Evaluation.PRIOR);
        List<Evaluation.Figures> figures = List.of(Evaluation.figures(SHIPPED, engine), Evaluation.figures(LOO, loo),
                Evaluation.figures(RANDOM, random), Evaluation.figures(GOVERNANCE, governance), Evaluation.figures(CLUSTER, cluster));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Cases: %d (%d destinations resolved to a city); candidate cities per case: %d; "
                + "engine queries took %.1f s.%n%n", cases.size(), resolved, asked.isEmpty() ? 0 : asked.getFirst().cities().length, askSeconds));
        md.append(Evaluation.table(figures));
        md.append("\nWeights fitted on all cases (mean of " + Evaluation.BAGS + " coordinate ascents on MRR from the prior over bootstrap "
                + "resamples, calibrated factors only):\n\n"
                + "| factor | prior | fitted on all | shipped |\n|---|---:|---:|---:|\n");
        for (SiteFactor f : SiteFactor.values()) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", f.key(), Evaluation.PRIOR[f.ordinal()], all[f.ordinal()],
                    shipped[f.ordinal()]));
        }
        md.append(detail);
        return new Result(figures, all, md.toString(), resolved, cases.size());
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
