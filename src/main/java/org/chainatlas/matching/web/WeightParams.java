package org.chainatlas.matching.web;

import java.util.EnumMap;
import java.util.Map;

import org.chainatlas.matching.SiteFactor;
import org.chainatlas.matching.Weights;
import org.chainatlas.platform.Validation;

/** Factor weights from request parameters ({@code w_fit=30&w_cost=10…}); missing ones take their default. */
final class WeightParams {

    static final String PREFIX = "w_";

    private WeightParams() {
    }

    static Weights from(Map<String, String> params) {
        Validation v = new Validation();
        EnumMap<SiteFactor, Double> values = new EnumMap<>(SiteFactor.class);
        for (SiteFactor f : SiteFactor.values()) {
            String raw = params.get(PREFIX + f.key());
            double value = Weights.DEFAULT.get(f);
            if (raw != null && !raw.isBlank()) {
                try {
                    value = Double.parseDouble(raw.strip());
                } catch (NumberFormatException e) {
                    v.reject("weights." + f.key(), "import.notNumber", "'" + raw + "' is not a number", raw);
                    continue;
                }
            }
            values.put(f, value);
        }
        v.throwIfInvalid();
        return Weights.of(values);
    }
}
