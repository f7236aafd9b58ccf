package org.chainatlas.matching;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chainatlas.platform.Validation;

/**
 * How much each factor of a site recommendation counts. Any non-negative numbers with a positive sum; the
 * score uses them as shares of that sum, so the factor contributions always add up to the score.
 */
public record Weights(double suppliers, double customers, double priority, double land, double cost, double opportunity,
        double freshness) {

    public static final Weights DEFAULT = new Weights(25, 15, 15, 15, 15, 10, 5);

    public double sum() {
        return suppliers + customers + priority + land + cost + opportunity + freshness;
    }

    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("suppliers", suppliers);
        map.put("customers", customers);
        map.put("priority", priority);
        map.put("land", land);
        map.put("cost", cost);
        map.put("opportunity", opportunity);
        map.put("freshness", freshness);
        return map;
    }

    public void check(Validation v) {
        asMap().forEach((name, value) -> {
            if (!(value >= 0) || value > 1000 || value.isInfinite()) {
                v.reject("weights." + name, value + " must be between 0 and 1000");
            }
        });
        if (!(sum() > 0)) {
            v.reject("weights", "the weights must add up to a positive number");
        }
    }
}
