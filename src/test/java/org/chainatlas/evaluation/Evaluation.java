package org.chainatlas.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.Chains;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseView;
import org.chainatlas.matching.Matching;
import org.chainatlas.matching.RankedSite;
import org.chainatlas.matching.SiteFactor;
import org.chainatlas.matching.SiteQuery;
import org.chainatlas.matching.SiteRecommendation;
import org.chainatlas.matching.Weights;
import org.chainatlas.region.Places;
import org.chainatlas.region.RegionView;

/**
 * Replays real transfer cases through the site recommendation and scores where the real destination city ranks among
 * all candidate cities (a city's score is that of its best zone), beside three baselines from the same run: uniform
 * random over the candidate cities, the chain-chief host lists alone, and cluster size (enterprises of the segment per
 * city). The ranking sees a case only through {@link TransferCase.Query}: who asks, where it is based, what it makes —
 * never the destination. Ties are scored by their expectation under random tie-breaking.
 */
public final class Evaluation {

    public static final int[] AT = {1, 5, 10};

    private final Matching matching;
    private final Places places;
    private final Chains chains;
    private final SegmentClassifier classifier;
    private final EnterpriseCatalog enterprises;

    public Evaluation(Matching matching, Places places, Chains chains, SegmentClassifier classifier, EnterpriseCatalog enterprises) {
        this.matching = matching;
        this.places = places;
        this.chains = chains;
        this.classifier = classifier;
        this.enterprises = enterprises;
    }

    /** What the engine made of a query: the text it searched with, the segment, home, enterprise, and every zone's factors. */
    public record Asked(TransferCase.Query query, String text, Long nodeId, String chainCode, String nodeName, String home,
            Long enterpriseId, String[] cities, int[] zoneCity, float[][] zones) {
    }

    /** Runs a query through the engine (never sees a destination). */
    public Asked ask(TransferCase.Query q) {
        String text = q.product();
        if (text == null || classifier.phrase(text).stream().noneMatch(m -> m.confidence() >= SegmentClassifier.ACCEPT)) {
            text = q.industry() != null && classifier.phrase(q.industry()).stream().anyMatch(m -> m.confidence() >= SegmentClassifier.ACCEPT)
                    ? q.industry() : q.product() != null ? q.product() : q.industry();
        }
        String home = home(q).map(RegionView::code).orElse(null);
        Long enterprise = enterprise(q.enterprise()).map(EnterpriseView::id).orElse(null);
        SiteRecommendation rec = matching.sites(new SiteQuery(null, text, null, null, null, null, true, null, Weights.DEFAULT,
                enterprise, home, null, 5000));
        Map<String, Integer> cityIndex = new LinkedHashMap<>();
        List<float[]> zones = new ArrayList<>();
        List<Integer> zoneCity = new ArrayList<>();
        SiteFactor[] factors = SiteFactor.values();
        for (RankedSite s : rec.sites()) {
            int city = cityIndex.computeIfAbsent(s.regionCode(), k -> cityIndex.size());
            float[] v = new float[factors.length];
            for (SiteFactor f : factors) {
                // to 1e-5: sums over enterprises come out a few ulps apart when the databases read rows in another order,
                // and the calibration must not see a tie on one database and none on the other
                v[f.ordinal()] = (float) (Math.round(s.factor(f).value() * 1e5) / 1e5);
            }
            zones.add(v);
            zoneCity.add(city);
        }
        // A zone another zone of its city matches or beats on every factor can never be its city's best: left out.
        List<float[]> kept = new ArrayList<>();
        List<Integer> keptCity = new ArrayList<>();
        for (int z = 0; z < zones.size(); z++) {
            boolean dominated = false;
            for (int o = 0; o < zones.size() && !dominated; o++) {
                if (o != z && zoneCity.get(o).equals(zoneCity.get(z)) && covers(zones.get(o), zones.get(z)) && (o < z || !covers(zones.get(z), zones.get(o)))) {
                    dominated = true;
                }
            }
            if (!dominated) {
                kept.add(zones.get(z));
                keptCity.add(zoneCity.get(z));
            }
        }
        return new Asked(q, text, rec.nodeId(), rec.chainCode(), rec.nodeNameZh(), home, enterprise,
                cityIndex.keySet().toArray(String[]::new), keptCity.stream().mapToInt(Integer::intValue).toArray(),
                kept.toArray(float[][]::new));
    }

    /** a ≥ b on every factor. */
    private static boolean covers(float[] a, float[] b) {
        for (int f = 0; f < a.length; f++) {
            if (a[f] < b[f]) {
                return false;
            }
        }
        return true;
    }

    Optional<RegionView> home(TransferCase.Query q) {
        String hint = q.homeProvince() == null ? null : places.province(q.homeProvince()).map(RegionView::code).orElse(null);
        if (q.homeCity() != null) {
            Optional<RegionView> city = places.resolve(q.homeCity(), hint);
            if (city.isPresent()) {
                return city;
            }
        }
        return q.homeProvince() == null ? Optional.empty() : places.province(q.homeProvince());
    }

    /** The registry's enterprise the case names: full name, the name before a bracket, or a listed short name. */
    Optional<EnterpriseView> enterprise(String name) {
        List<String> tries = new ArrayList<>();
        tries.add(name.strip());
        String outside = name.replaceAll("[（(].*?[)）]", "").strip();
        tries.add(outside);
        java.util.regex.Matcher inside = java.util.regex.Pattern.compile("[（(](.*?)[)）]").matcher(name);
        while (inside.find()) {
            tries.add(inside.group(1).strip());
        }
        for (String t : tries) {
            if (t.length() < 2) {
                continue;
            }
            List<EnterpriseView> found = enterprises.findByName(t);
            if (found.size() == 1) {
                return Optional.of(found.getFirst());
            }
        }
        return Optional.empty();
    }

    /** The destination city of a case (scoring only). */
    public Optional<String> destination(TransferCase c) {
        String hint = c.destinationProvince() == null ? null
                : places.province(c.destinationProvince()).map(RegionView::code).orElse(null);
        return places.resolve(c.destinationCity(), hint).map(RegionView::code);
    }

    // ------------------------------------------------------------------ ranking and scores

    /** City scores under weights: each city its best zone's weighted sum. */
    public static double[] cityScores(Asked a, double[] w) {
        double[] best = new double[a.cities().length];
        Arrays.fill(best, -1);
        for (int z = 0; z < a.zones().length; z++) {
            float[] v = a.zones()[z];
            double s = 0;
            for (int f = 0; f < w.length; f++) {
                s += w[f] * v[f];
            }
            int c = a.zoneCity()[z];
            if (s > best[c]) {
                best[c] = s;
            }
        }
        return best;
    }

    /** Expected reciprocal rank and hit@k of the destination under scores, ties broken at random; a miss when absent. */
    public record Place(double reciprocal, double[] hits, double rank) {
        static final Place MISS = new Place(0, new double[AT.length], Double.POSITIVE_INFINITY);
    }

    public static Place place(double[] scores, int destination) {
        if (destination < 0) {
            return Place.MISS;
        }
        double own = scores[destination];
        int better = 0;
        int ties = 0;
        for (int i = 0; i < scores.length; i++) {
            if (i == destination) {
                continue;
            }
            if (scores[i] > own + 1e-9) {
                better++;
            } else if (Math.abs(scores[i] - own) <= 1e-9) {
                ties++;
            }
        }
        double rr = 0;
        for (int pos = better + 1; pos <= better + ties + 1; pos++) {
            rr += 1.0 / pos;
        }
        rr /= ties + 1;
        double[] hits = new double[AT.length];
        for (int k = 0; k < AT.length; k++) {
            hits[k] = Math.max(0, Math.min(1, (AT[k] - better) / (double) (ties + 1)));
        }
        return new Place(rr, hits, better + (ties + 1) / 2.0);
    }

    /** Scores of the chain-chief baseline: 2 for a primary host city of the segment's chain, 1 for a collaborating one. */
    public double[] governanceScores(Asked a) {
        double[] s = new double[a.cities().length];
        if (a.chainCode() == null) {
            return s;
        }
        ChainGraph graph = chains.graph(a.chainCode());
        Map<String, Integer> at = index(a);
        for (GovernanceView g : graph.governance()) {
            g.collaboratingCodes().forEach(c -> Optional.ofNullable(at.get(c)).ifPresent(i -> s[i] = Math.max(s[i], 1)));
            g.primaryHostCodes().forEach(c -> Optional.ofNullable(at.get(c)).ifPresent(i -> s[i] = 2));
        }
        return s;
    }

    /** Scores of the cluster-size baseline: producers of the segment per city (the enterprise itself left out). */
    public double[] clusterScores(Asked a) {
        double[] s = new double[a.cities().length];
        if (a.nodeId() == null) {
            return s;
        }
        Map<String, Integer> at = index(a);
        matching.producersByCity(a.nodeId(), a.enterpriseId()).forEach((city, n) -> {
            Integer i = at.get(city);
            if (i != null) {
                s[i] = n;
            }
        });
        return s;
    }

    private static Map<String, Integer> index(Asked a) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < a.cities().length; i++) {
            at.put(a.cities()[i], i);
        }
        return at;
    }

    public static int cityIndex(Asked a, String city) {
        for (int i = 0; i < a.cities().length; i++) {
            if (a.cities()[i].equals(city)) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ calibration

    /** Weights as an array in factor order. */
    public static double[] array(Weights w) {
        double[] out = new double[SiteFactor.values().length];
        for (SiteFactor f : SiteFactor.values()) {
            out[f.ordinal()] = w.get(f);
        }
        return out;
    }

    public static Weights weights(double[] w) {
        EnumMap<SiteFactor, Double> map = new EnumMap<>(SiteFactor.class);
        for (SiteFactor f : SiteFactor.values()) {
            map.put(f, w[f.ordinal()]);
        }
        return Weights.of(map);
    }

    static final double[] GRID = {0, 2.5, 5, 10, 20, 40};

    /** The prior the calibration starts from (see {@link Weights}). */
    public static final double[] PRIOR = {25, 15, 10, 10, 5, 10, 5, 5, 5, 10, 10, 5, 5, 5};

    /**
     * Best-improvement coordinate ascent on the mean reciprocal rank of the given training cases, from {@code start}: in
     * each round, of all single changes of one calibrated factor ({@link Weights#CALIBRATED}) to a grid value, the one
     * that scores best is taken (independent of the factors' order); it stops when no change improves, after 8 rounds
     * at most. A change of one weight moves every zone's score by the change times the zone's value of that factor, so
     * candidates are scored from the zones' current scores instead of from all fourteen factors again.
     */
    public static double[] fit(List<Asked> train, int[] destinations, double[] start) {
        Distinct distinct = Distinct.of(train, destinations);
        double[] w = start.clone();
        double[][] base = zoneScores(distinct.cases(), w);
        double[] current = reciprocals(distinct, base, 0, 0, null);
        double best = mean(distinct, current);
        for (int round = 0; round < 8; round++) {
            int bestFactor = -1;
            double bestValue = 0;
            for (SiteFactor f : Weights.CALIBRATED) {
                double keep = w[f.ordinal()];
                for (double g : GRID) {
                    if (g == keep) {
                        continue;
                    }
                    double m = mean(distinct, reciprocals(distinct, base, f.ordinal(), g - keep, current));
                    if (m > best + 1e-12) {
                        best = m;
                        bestFactor = f.ordinal();
                        bestValue = g;
                    }
                }
            }
            if (bestFactor < 0) {
                break;
            }
            w[bestFactor] = bestValue;
            base = zoneScores(distinct.cases(), w);
            current = reciprocals(distinct, base, 0, 0, null);
            best = mean(distinct, current);
        }
        return w;
    }

    /** Bootstrap resamples fitted in {@link #bootstrap}. */
    public static final int BAGS = 200;

    /** The seed of the resamples whose figures the report gives and the tests check. */
    public static final long SEED = 20261204L;

    /**
     * Coordinate ascents ({@link #fit}) on {@link #BAGS} bootstrap resamples of the cases (drawn with replacement, as many
     * as the cases), each resample's draws kept. Their mean is the bagged fit on all cases ({@link Bootstrap#all}); the
     * mean over the resamples that never drew a case is that case's out-of-bag weights ({@link Bootstrap#outOfBag}),
     * fitted without it: the leave-one-out bootstrap (Efron 1983; Efron and Tibshirani 1997). One ascent on ~100 cases
     * follows a few cases' ranks from one optimum to another (a correction of one company's segments moved weights from
     * 10 to 0); the mean of many resamples moves as far only when most of them agree. Deterministic for a seed: the draws
     * are made before the fits, which run in parallel.
     */
    public static Bootstrap bootstrap(List<Asked> cases, int[] destinations, double[] start, int bags, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int n = cases.size();
        int[][] draws = new int[bags][n];
        for (int b = 0; b < bags; b++) {
            for (int i = 0; i < n; i++) {
                draws[b][i] = random.nextInt(n);
            }
        }
        double[][] fitted = new double[bags][];
        java.util.stream.IntStream.range(0, bags).parallel().forEach(b -> {
            List<Asked> sample = new ArrayList<>(n);
            int[] sampleDestinations = new int[n];
            for (int i = 0; i < n; i++) {
                sample.add(cases.get(draws[b][i]));
                sampleDestinations[i] = destinations[draws[b][i]];
            }
            fitted[b] = fit(sample, sampleDestinations, start);
        });
        return new Bootstrap(start.clone(), draws, fitted);
    }

    /** The resamples of {@link #bootstrap}: what each drew and the weights fitted on it. */
    public record Bootstrap(double[] start, int[][] draws, double[][] fitted) {

        /** The mean of every resample's weights: the bagged fit on all cases. */
        public double[] all() {
            return mean(b -> true);
        }

        /** The mean of the weights of the resamples that never drew case {@code i}; refused if every one drew it. */
        public double[] outOfBag(int i) {
            if (outOfBagCount(i) == 0) {
                throw new IllegalStateException("every one of the " + draws.length + " resamples drew case " + i + ": too few resamples");
            }
            return mean(b -> !drew(b, i));
        }

        /** How many resamples never drew case {@code i}. */
        public int outOfBagCount(int i) {
            return (int) java.util.stream.IntStream.range(0, draws.length).filter(b -> !drew(b, i)).count();
        }

        private boolean drew(int b, int i) {
            for (int d : draws[b]) {
                if (d == i) {
                    return true;
                }
            }
            return false;
        }

        private double[] mean(java.util.function.IntPredicate use) {
            double[] sum = new double[start.length];
            int used = 0;
            for (int b = 0; b < fitted.length; b++) {
                if (use.test(b)) {
                    used++;
                    for (int f = 0; f < sum.length; f++) {
                        sum[f] += fitted[b][f];
                    }
                }
            }
            for (int f = 0; f < sum.length; f++) {
                sum[f] /= used;
            }
            return sum;
        }
    }

    /** Every zone's weighted sum, per case. */
    static double[][] zoneScores(List<Asked> cases, double[] w) {
        double[][] out = new double[cases.size()][];
        for (int i = 0; i < cases.size(); i++) {
            float[][] zones = cases.get(i).zones();
            double[] s = new double[zones.length];
            for (int z = 0; z < zones.length; z++) {
                double sum = 0;
                for (int f = 0; f < w.length; f++) {
                    sum += w[f] * zones[z][f];
                }
                s[z] = sum;
            }
            out[i] = s;
        }
        return out;
    }

    /** MRR with one weight changed by {@code delta} from the weights {@code base} was scored with. */
    static double mrr(List<Asked> cases, int[] destinations, double[][] base, int factor, double delta) {
        Distinct all = Distinct.all(cases, destinations);
        return mean(all, reciprocals(all, base, factor, delta, null));
    }

    /**
     * A training set as the ascent reads it: each distinct case (with its destination) once, and for each draw the one it
     * is. A bootstrap resample draws about a third of its cases twice or more; each is ranked once per candidate weight and
     * its reciprocal rank added once per draw, in the draws' order (the same sum, term by term, as ranking every draw).
     */
    private record Distinct(List<Asked> cases, int[] destinations, int[] slot, boolean[][] moves) {

        Distinct(List<Asked> cases, int[] destinations, int[] slot) {
            this(cases, destinations, slot, moves(cases));
        }

        /** For each case and factor, whether any of the case's zones has a value of it (a change of its weight can move it). */
        private static boolean[][] moves(List<Asked> cases) {
            boolean[][] moves = new boolean[cases.size()][SiteFactor.values().length];
            for (int i = 0; i < cases.size(); i++) {
                for (float[] zone : cases.get(i).zones()) {
                    for (int f = 0; f < zone.length; f++) {
                        moves[i][f] |= zone[f] != 0;
                    }
                }
            }
            return moves;
        }

        static Distinct of(List<Asked> train, int[] destinations) {
            java.util.IdentityHashMap<Asked, Map<Integer, Integer>> seen = new java.util.IdentityHashMap<>();
            List<Asked> cases = new ArrayList<>();
            List<Integer> their = new ArrayList<>();
            int[] slot = new int[train.size()];
            for (int i = 0; i < train.size(); i++) {
                Asked a = train.get(i);
                slot[i] = seen.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(destinations[i], d -> {
                    cases.add(a);
                    their.add(d);
                    return cases.size() - 1;
                });
            }
            return new Distinct(cases, their.stream().mapToInt(Integer::intValue).toArray(), slot);
        }

        /** Every case its own slot (the zones' scores {@code base} are row for row the cases'). */
        static Distinct all(List<Asked> cases, int[] destinations) {
            return new Distinct(cases, destinations, java.util.stream.IntStream.range(0, cases.size()).toArray());
        }
    }

    /**
     * Each distinct case's reciprocal rank with one weight changed by {@code delta} from the weights its zones' scores
     * {@code base} were computed with; a case none of whose zones has a value of that factor keeps its rank under the
     * unchanged weights, {@code current}, where given (its every zone's score is the same sum).
     */
    private static double[] reciprocals(Distinct d, double[][] base, int factor, double delta, double[] current) {
        double[] reciprocal = new double[d.cases().size()];
        for (int i = 0; i < reciprocal.length; i++) {
            if (current != null && !d.moves()[i][factor]) {
                reciprocal[i] = current[i];
                continue;
            }
            Asked a = d.cases().get(i);
            double[] best = new double[a.cities().length];
            Arrays.fill(best, -1);
            float[][] zones = a.zones();
            int[] city = a.zoneCity();
            double[] s = base[i];
            for (int z = 0; z < zones.length; z++) {
                double v = s[z] + delta * zones[z][factor];
                if (v > best[city[z]]) {
                    best[city[z]] = v;
                }
            }
            reciprocal[i] = place(best, d.destinations()[i]).reciprocal();
        }
        return reciprocal;
    }

    /** The mean reciprocal rank over the draws: each draw its distinct case's, added in the draws' order. */
    private static double mean(Distinct d, double[] reciprocal) {
        double sum = 0;
        for (int at : d.slot()) {
            sum += reciprocal[at];
        }
        return sum / Math.max(1, d.slot().length);
    }

    static double mrr(List<Asked> cases, int[] destinations, double[] w) {
        double sum = 0;
        for (int i = 0; i < cases.size(); i++) {
            sum += place(cityScores(cases.get(i), w), destinations[i]).reciprocal();
        }
        return sum / Math.max(1, cases.size());
    }

    // ------------------------------------------------------------------ report

    /** hit@1/5/10 and MRR of a method over the cases. */
    public record Figures(String method, double[] hits, double mrr, int cases) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |", method, hits[0], hits[1], hits[2], mrr);
        }
    }

    public static Figures figures(String method, List<Place> places) {
        double[] hits = new double[AT.length];
        double rr = 0;
        for (Place p : places) {
            for (int k = 0; k < AT.length; k++) {
                hits[k] += p.hits()[k];
            }
            rr += p.reciprocal();
        }
        for (int k = 0; k < AT.length; k++) {
            hits[k] /= Math.max(1, places.size());
        }
        return new Figures(method, hits, rr / Math.max(1, places.size()), places.size());
    }

    /**
     * How much one method beats another over the same cases: the mean per-case difference of each figure, with a 95%
     * interval from resampling the cases with replacement (a paired bootstrap: both methods keep the same cases in every
     * resample, so what the cases share does not count as difference). It is the cases' noise only; the noise of the
     * calibration's own resamples is the seed spread.
     */
    public record Difference(String method, String against, double[] mean, double[] low, double[] high, int resamples) {

        String row() {
            StringBuilder out = new StringBuilder("| " + method + " − " + against + " |");
            for (int k = 0; k < mean.length; k++) {
                out.append(String.format(Locale.ROOT, " %+.3f (%+.3f … %+.3f) |", mean[k], low[k], high[k]));
            }
            return out.toString();
        }

        /** Whether the interval of a figure (a hit@k index, or {@code AT.length} for MRR) lies above zero. */
        public boolean above(int figure) {
            return low[figure] > 0;
        }
    }

    /** Resamples of the paired comparison. */
    public static final int PAIRED_RESAMPLES = 2000;

    public static Difference paired(String method, List<Place> places, String against, List<Place> baseline, long seed) {
        if (places.size() != baseline.size() || places.isEmpty()) {
            throw new IllegalArgumentException("a paired comparison needs the same cases on both sides, and some");
        }
        int n = places.size();
        int figures = AT.length + 1;
        double[][] differences = new double[figures][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < AT.length; k++) {
                differences[k][i] = places.get(i).hits()[k] - baseline.get(i).hits()[k];
            }
            differences[AT.length][i] = places.get(i).reciprocal() - baseline.get(i).reciprocal();
        }
        double[] mean = new double[figures];
        double[][] means = new double[figures][PAIRED_RESAMPLES];
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int k = 0; k < figures; k++) {
            mean[k] = java.util.Arrays.stream(differences[k]).sum() / n;
        }
        for (int r = 0; r < PAIRED_RESAMPLES; r++) {
            double[] sums = new double[figures];
            for (int j = 0; j < n; j++) {
                int i = random.nextInt(n);
                for (int k = 0; k < figures; k++) {
                    sums[k] += differences[k][i];
                }
            }
            for (int k = 0; k < figures; k++) {
                means[k][r] = sums[k] / n;
            }
        }
        double[] low = new double[figures];
        double[] high = new double[figures];
        for (int k = 0; k < figures; k++) {
            java.util.Arrays.sort(means[k]);
            low[k] = means[k][(int) Math.floor(0.025 * (PAIRED_RESAMPLES - 1))];
            high[k] = means[k][(int) Math.ceil(0.975 * (PAIRED_RESAMPLES - 1))];
        }
        return new Difference(method, against, mean, low, high, PAIRED_RESAMPLES);
    }

    public static String differences(List<Difference> differences) {
        StringBuilder out = new StringBuilder("| difference (95% interval over the cases) | hit@1 | hit@5 | hit@10 | MRR |\n|---|---:|---:|---:|---:|\n");
        differences.forEach(d -> out.append(d.row()).append('\n'));
        return out.toString();
    }

    public static String table(List<Figures> figures) {
        StringBuilder out = new StringBuilder("| method | hit@1 | hit@5 | hit@10 | MRR |\n|---|---:|---:|---:|---:|\n");
        figures.forEach(f -> out.append(f.row()).append('\n'));
        return out.toString();
    }

    /** Expected figures of uniform random ranking over each case's candidate cities. */
    public static Place random(Asked a, int destination) {
        if (destination < 0) {
            return Place.MISS;
        }
        return place(new double[a.cities().length], destination);
    }
}
