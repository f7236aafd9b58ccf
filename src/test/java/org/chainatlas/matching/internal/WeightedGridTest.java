package org.chainatlas.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The weighted grid a site recommendation reads once per park must give exactly what adding up each segment's
 * radius count with its weight gives, for any circle, including points added and removed again.
 */
class WeightedGridTest {

    @Test
    void weightedCountWithinACircleEqualsTheWeightedSumOfEachGridsCount() {
        Random random = new Random(7);
        CountGrid[] grids = {new CountGrid(), new CountGrid(), new CountGrid()};
        double[] weights = {1.0, 0.6, 0.35};
        for (int i = 0; i < 20_000; i++) {
            CountGrid grid = grids[random.nextInt(grids.length)];
            // clustered like real industry: around a few centres, plus some spread over the country
            double lng = i % 3 == 0 ? 75 + random.nextDouble() * 60 : 104 + random.nextGaussian() * 3;
            double lat = i % 3 == 0 ? 18 + random.nextDouble() * 35 : 30.6 + random.nextGaussian() * 2;
            grid.add(lng, lat, 1);
            if (i % 10 == 0) {
                grid.add(lng, lat, -1);
            }
        }
        WeightedGrid weighted = new WeightedGrid();
        for (int g = 0; g < grids.length; g++) {
            weighted.add(grids[g], weights[g]);
        }
        weighted.add(null, 5);
        int nonZero = 0;
        for (int q = 0; q < 2_000; q++) {
            double lng = 73 + random.nextDouble() * 63;
            double lat = 3 + random.nextDouble() * 51;
            double radius = 10 + random.nextDouble() * 1990;
            double expected = 0;
            for (int g = 0; g < grids.length; g++) {
                expected += weights[g] * grids[g].within(lng, lat, radius);
            }
            assertThat(weighted.within(lng, lat, radius)).as("circle %d at %.2f,%.2f r=%.0f", q, lng, lat, radius)
                    .isCloseTo(expected, within(1e-6));
            if (expected > 0) {
                nonZero++;
            }
        }
        assertThat(nonZero).as("most circles hold points").isGreaterThan(1_000);
    }

    @Test
    void anEmptyWeightedGridCountsNothing() {
        assertThat(new WeightedGrid().add(new CountGrid(), 2).within(104, 30, 500)).isZero();
    }
}
