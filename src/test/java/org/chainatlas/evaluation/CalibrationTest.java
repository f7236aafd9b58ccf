package org.chainatlas.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chainatlas.matching.SiteFactor;
import org.junit.jupiter.api.Test;

/** The weight calibration on synthetic cases whose answer is known: one factor points at the destination, the rest is noise. */
class CalibrationTest {

    private static final int CITIES = 40;

    private record Cases(List<Evaluation.Asked> asked, int[] destinations) {
    }

    /** Each case: one zone per city; {@code signal} is high at the destination (with noise), every other factor random. */
    private static Cases cases(int n, SiteFactor signal, long seed) {
        Random random = new Random(seed);
        List<Evaluation.Asked> asked = new ArrayList<>();
        int[] destinations = new int[n];
        for (int c = 0; c < n; c++) {
            String[] cities = new String[CITIES];
            int[] zoneCity = new int[CITIES];
            float[][] zones = new float[CITIES][SiteFactor.values().length];
            int destination = random.nextInt(CITIES);
            for (int i = 0; i < CITIES; i++) {
                cities[i] = String.valueOf(100000 + i);
                zoneCity[i] = i;
                for (int f = 0; f < zones[i].length; f++) {
                    zones[i][f] = random.nextFloat();
                }
                zones[i][signal.ordinal()] = (i == destination ? 0.8f : 0f) + 0.4f * random.nextFloat();
            }
            asked.add(new Evaluation.Asked(null, null, null, null, null, null, null, cities, zoneCity, zones));
            destinations[c] = destination;
        }
        return new Cases(asked, destinations);
    }

    /** A case placed at {@code rank} among 40 cities, no ties. */
    private static Evaluation.Place placed(int rank) {
        double[] scores = new double[CITIES];
        for (int i = 0; i < CITIES; i++) {
            scores[i] = CITIES - i;
        }
        return Evaluation.place(scores, rank - 1);
    }

    @Test
    void thePairedComparisonSeesADifferenceOnlyWhereTheCasesShowOne() {
        List<Evaluation.Place> fourth = new ArrayList<>();
        List<Evaluation.Place> twentieth = new ArrayList<>();
        List<Evaluation.Place> mixed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            fourth.add(placed(4));
            twentieth.add(placed(20));
            mixed.add(placed(i % 2 == 0 ? 2 : 30));
        }
        // the same places: no difference, and an interval of zero width
        Evaluation.Difference same = Evaluation.paired("a", fourth, "b", fourth, 7);
        assertThat(same.mean()).containsOnly(0.0);
        assertThat(same.low()).containsOnly(0.0);
        assertThat(same.high()).containsOnly(0.0);
        // 4th against 20th on every case: hit@5 and hit@10 +1, hit@1 0, MRR 1/4 − 1/20, all certain
        Evaluation.Difference better = Evaluation.paired("a", fourth, "b", twentieth, 7);
        assertThat(better.mean()[1]).isEqualTo(1.0);
        assertThat(better.above(1)).isTrue();
        assertThat(better.above(2)).isTrue();
        assertThat(better.above(0)).isFalse();
        assertThat(better.mean()[3]).isCloseTo(0.25 - 0.05, org.assertj.core.data.Offset.offset(1e-9));
        // 2nd on half the cases and 30th on the others against 4th everywhere: hit@10 −0.5 with an interval below zero,
        // and MRR (1/2 + 1/30)/2 − 1/4 ≈ +0.017 with an interval around it that the draw of the cases decides
        Evaluation.Difference halves = Evaluation.paired("a", mixed, "b", fourth, 7);
        assertThat(halves.mean()[2]).isEqualTo(-0.5);
        assertThat(halves.high()[2]).isNegative();
        assertThat(halves.low()[3]).isLessThan(halves.mean()[3]);
        assertThat(halves.high()[3]).isGreaterThan(halves.mean()[3]);
        assertThat(Evaluation.differences(List.of(halves))).contains("| a − b |").contains("-0.500");
    }

    @Test
    void theFitRaisesTheFactorThatPointsAtTheDestinationAndRanksBetterThanThePrior() {
        Cases train = cases(60, SiteFactor.CLUSTER, 1);
        double[] fitted = Evaluation.fit(train.asked(), train.destinations(), Evaluation.PRIOR);
        assertThat(fitted[SiteFactor.CLUSTER.ordinal()]).isGreaterThan(Evaluation.PRIOR[SiteFactor.CLUSTER.ordinal()]);
        assertThat(Evaluation.mrr(train.asked(), train.destinations(), fitted))
                .isGreaterThan(Evaluation.mrr(train.asked(), train.destinations(), Evaluation.PRIOR));
        // factors it may not move stay at the prior
        assertThat(fitted[SiteFactor.LABOUR.ordinal()]).isEqualTo(Evaluation.PRIOR[SiteFactor.LABOUR.ordinal()]);
        // and the weights found rank unseen cases of the same kind better than the prior too
        assertBeatsThePrior(fitted, cases(60, SiteFactor.CLUSTER, 2));
    }

    private static void assertBeatsThePrior(double[] weights, Cases unseen) {
        assertThat(Evaluation.mrr(unseen.asked(), unseen.destinations(), weights))
                .isGreaterThan(Evaluation.mrr(unseen.asked(), unseen.destinations(), Evaluation.PRIOR));
    }

    @Test
    void theBaggedFitIsTheMeanOfResampledFitsAndTheSameOnEveryRun() {
        Cases train = cases(60, SiteFactor.SUPPLIERS, 3);
        Evaluation.Bootstrap bootstrap = Evaluation.bootstrap(train.asked(), train.destinations(), Evaluation.PRIOR, 20, 7);
        double[] bagged = bootstrap.all();
        assertThat(Evaluation.bootstrap(train.asked(), train.destinations(), Evaluation.PRIOR, 20, 7).all()).containsExactly(bagged);
        assertThat(bagged[SiteFactor.SUPPLIERS.ordinal()]).isGreaterThan(Evaluation.PRIOR[SiteFactor.SUPPLIERS.ordinal()]);
        for (SiteFactor f : SiteFactor.values()) {
            assertThat(bagged[f.ordinal()]).as(f.key()).isBetween(0.0, 40.0);
            double mean = 0;
            for (double[] w : bootstrap.fitted()) {
                mean += w[f.ordinal()] / bootstrap.fitted().length;
            }
            assertThat(bagged[f.ordinal()]).as(f.key()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertBeatsThePrior(bagged, cases(60, SiteFactor.SUPPLIERS, 4));
    }

    /** A case's out-of-bag weights come from resamples that never drew it: its own destination cannot move them. */
    @Test
    void aCasesOutOfBagWeightsNeverSawTheCase() {
        Cases train = cases(40, SiteFactor.CLUSTER, 6);
        Evaluation.Bootstrap bootstrap = Evaluation.bootstrap(train.asked(), train.destinations(), Evaluation.PRIOR, 30, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(bootstrap.outOfBagCount(i)).as("resamples without case " + i).isBetween(1, 29);
            // the mean of exactly the resamples that never drew it, and not the start
            double[] byHand = new double[Evaluation.PRIOR.length];
            int without = 0;
            for (int b = 0; b < 30; b++) {
                final int c = i;
                if (java.util.Arrays.stream(bootstrap.draws()[b]).noneMatch(d -> d == c)) {
                    without++;
                    for (int f = 0; f < byHand.length; f++) {
                        byHand[f] += bootstrap.fitted()[b][f];
                    }
                }
            }
            for (int f = 0; f < byHand.length; f++) {
                assertThat(bootstrap.outOfBag(i)[f]).isCloseTo(byHand[f] / without, org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(bootstrap.outOfBag(i)).isNotEqualTo(Evaluation.PRIOR);
            int[] moved = train.destinations().clone();
            moved[i] = (moved[i] + 1) % CITIES;
            Evaluation.Bootstrap other = Evaluation.bootstrap(train.asked(), moved, Evaluation.PRIOR, 30, 8);
            assertThat(other.outOfBag(i)).as("case " + i).containsExactly(bootstrap.outOfBag(i));
        }
        // while the fit on all cases, which saw them, may move: the check above is not vacuous
        boolean anyMoved = false;
        for (int i = 0; i < 5 && !anyMoved; i++) {
            int[] moved = train.destinations().clone();
            moved[i] = (moved[i] + 1) % CITIES;
            Evaluation.Bootstrap other = Evaluation.bootstrap(train.asked(), moved, Evaluation.PRIOR, 30, 8);
            for (int b = 0; b < 30 && !anyMoved; b++) {
                anyMoved = !java.util.Arrays.equals(other.fitted()[b], bootstrap.fitted()[b]);
            }
        }
        assertThat(anyMoved).as("some resample's fit depends on the destinations it drew").isTrue();
    }

    /** A candidate change of one weight, scored from the zones' current scores, scores as the weights changed outright do. */
    @Test
    void aChangeOfOneWeightScoredIncrementallyScoresAsTheChangedWeights() {
        Cases cases = cases(40, SiteFactor.FIT, 5);
        double[][] base = Evaluation.zoneScores(cases.asked(), Evaluation.PRIOR);
        for (SiteFactor f : org.chainatlas.matching.Weights.CALIBRATED) {
            for (double g : new double[] {0, 2.5, 40}) {
                double[] changed = Evaluation.PRIOR.clone();
                changed[f.ordinal()] = g;
                assertThat(Evaluation.mrr(cases.asked(), cases.destinations(), base, f.ordinal(), g - Evaluation.PRIOR[f.ordinal()]))
                        .as(f.key() + " → " + g).isCloseTo(Evaluation.mrr(cases.asked(), cases.destinations(), changed),
                                org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
