package org.chainatlas.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.chainatlas.platform.Validation;

/**
 * How much each factor of a site recommendation counts. Any non-negative numbers with a positive sum; the score uses
 * them as shares of that sum, so the factor contributions always add up to the score. The defaults are the weights a
 * fit on all cases of the development set of real transfer cases gives, starting from a prior (fit 25, cluster 15,
 * region 10, suppliers 10, customers 5, policy 10, programme 5, level 5, labour 5, proximity 10, transfer region 10,
 * land 5, cost 5, opportunity 5) and moving only {@link #CALIBRATED}; docs/EVALUATION.md gives the leave-one-out
 * figures, the honest estimate of how they do on cases never seen ({@code bin/bench evaluation}).
 */
public record Weights(Map<SiteFactor, Double> values) {

    public static final Weights DEFAULT = of(Map.ofEntries(
            Map.entry(SiteFactor.FIT, 10.0),
            Map.entry(SiteFactor.CLUSTER, 40.0),
            Map.entry(SiteFactor.REGION, 10.0),
            Map.entry(SiteFactor.SUPPLIERS, 10.0),
            Map.entry(SiteFactor.CUSTOMERS, 5.0),
            Map.entry(SiteFactor.POLICY, 20.0),
            Map.entry(SiteFactor.PROGRAMME, 2.5),
            Map.entry(SiteFactor.LEVEL, 5.0),
            Map.entry(SiteFactor.LABOUR, 5.0),
            Map.entry(SiteFactor.PROXIMITY, 10.0),
            Map.entry(SiteFactor.TRANSFER_REGION, 40.0),
            Map.entry(SiteFactor.LAND, 5.0),
            Map.entry(SiteFactor.COST, 5.0),
            Map.entry(SiteFactor.OPPORTUNITY, 5.0)));

    /**
     * The factors whose weights are calibrated on real transfer cases (coordinate ascent on MRR); the others keep a
     * small prior weight (customers, labour, proximity, region) or count only where localities entered figures.
     */
    public static final java.util.Set<SiteFactor> CALIBRATED = java.util.EnumSet.of(SiteFactor.FIT, SiteFactor.CLUSTER,
            SiteFactor.SUPPLIERS, SiteFactor.POLICY, SiteFactor.PROGRAMME, SiteFactor.LEVEL, SiteFactor.TRANSFER_REGION);

    public Weights {
        EnumMap<SiteFactor, Double> copy = new EnumMap<>(SiteFactor.class);
        for (SiteFactor f : SiteFactor.values()) {
            Double v = values == null ? null : values.get(f);
            copy.put(f, v == null ? 0.0 : v);
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static Weights of(Map<SiteFactor, Double> values) {
        return new Weights(values);
    }

    public double get(SiteFactor factor) {
        return values.get(factor);
    }

    public Weights with(SiteFactor factor, double weight) {
        EnumMap<SiteFactor, Double> copy = new EnumMap<>(values);
        copy.put(factor, weight);
        return new Weights(copy);
    }

    public double sum() {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** By factor key ("fit", "cluster", …), in factor order; also the JSON form. */
    @com.fasterxml.jackson.annotation.JsonValue
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        values.forEach((f, v) -> map.put(f.key(), v));
        return map;
    }

    public void check(Validation v) {
        asMap().forEach((name, value) -> {
            if (!(value >= 0) || value > 1000 || value.isInfinite()) {
                v.reject("weights." + name, "error.weight", value + " must be between 0 and 1000", value, 0, 1000);
            }
        });
        if (!(sum() > 0)) {
            v.reject("weights", "error.weightsZero", "the weights must add up to a positive number");
        }
    }
}
