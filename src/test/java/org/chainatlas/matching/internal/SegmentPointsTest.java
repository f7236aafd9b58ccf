package org.chainatlas.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The radius sum behind the supplier and customer factors of a site recommendation: every enterprise with a
 * point within the radius counts once with its largest weight. Checked against a plain scan with the haversine
 * over every point, on random points (several per enterprise, some excluded) and random circles.
 */
class SegmentPointsTest {

    record Point(long enterprise, double lng, double lat, float weight) {
    }

    static double[] reference(List<Point> points, double lng, double lat, double radiusKm, Set<Long> exclude) {
        Map<Long, Float> best = new HashMap<>();
        for (Point p : points) {
            if (ChinaGrid.km(lng, lat, p.lng(), p.lat()) <= radiusKm && !exclude.contains(p.enterprise())) {
                best.merge(p.enterprise(), p.weight(), Math::max);
            }
        }
        return new double[] {best.size(), best.values().stream().mapToDouble(Float::doubleValue).sum()};
    }

    @Test
    void theGridAndChordTestCountWhatAFullHaversineScanCounts() {
        Random random = new Random(20261202);
        SegmentPoints segment = new SegmentPoints();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long enterprise = random.nextInt(12_000);
            double lng = 98 + random.nextDouble() * 24;
            double lat = 20 + random.nextDouble() * 22;
            float weight = (float) (0.2 + random.nextDouble() * 3);
            points.add(new Point(enterprise, (float) lng, (float) lat, weight));
            segment.add(enterprise, lng, lat, 0, -1, weight);
        }
        int compared = 0;
        for (int q = 0; q < 400; q++) {
            double lng = 100 + random.nextDouble() * 20;
            double lat = 22 + random.nextDouble() * 18;
            double radius = 20 + random.nextDouble() * 600;
            Set<Long> exclude = q % 4 == 0 ? Set.of((long) random.nextInt(12_000), (long) random.nextInt(12_000)) : Set.of();
            double[] expected = reference(points, lng, lat, radius, exclude);
            double[] actual = segment.within(lng, lat, radius, exclude);
            assertThat(actual[0]).as("enterprises within %.0f km of (%.3f, %.3f)", radius, lng, lat).isEqualTo(expected[0]);
            assertThat(actual[1]).isCloseTo(expected[1], within(1e-3 * Math.max(1, expected[1])));
            compared += expected[0] > 0 ? 1 : 0;
        }
        assertThat(compared).as("most circles hold points").isGreaterThan(300);
    }

    @Test
    void anEnterpriseWithSeveralPointsInTheCircleCountsOnceWithItsLargestWeight() {
        SegmentPoints segment = new SegmentPoints();
        segment.add(1, 104.6, 28.8, 0, -1, 1.0);
        segment.add(1, 104.7, 28.9, 0, -1, 2.5);
        segment.add(2, 104.65, 28.85, 0, -1, 0.5);
        segment.add(3, 116.4, 39.9, 0, -1, 9.0);
        double[] near = segment.within(104.64, 28.77, 100, Set.of());
        assertThat(near[0]).isEqualTo(2);
        assertThat(near[1]).isCloseTo(3.0, within(1e-6));
        assertThat(segment.within(104.64, 28.77, 100, Set.of(1L))[0]).isEqualTo(1);
        segment.remove(1, 104.7, 28.9, -1);
        assertThat(segment.within(104.64, 28.77, 100, Set.of())[1]).isCloseTo(1.5, within(1e-6));
    }
}
