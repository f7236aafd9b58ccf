package org.chainatlas.matching.internal;

import java.util.List;
import java.util.Map;

/**
 * How many sites produce or buy a segment within a radius of a park. The index answers from its count grids;
 * the benchmark plugs in a full scan and an SQL query to compare the same scoring against them.
 */
interface RadiusCounts {

    int producers(long nodeId, MatchingIndex.ParkRow park, double radiusKm);

    int buyers(long nodeId, MatchingIndex.ParkRow park, double radiusKm);

    /**
     * For each park: Σ weight × producers of each segment within the radius, plus the buyers of
     * {@code buyersOf} (weight 1) when it is not null. By default one count per park and segment.
     */
    default double[] weighted(Map<Long, Double> producerWeights, Long buyersOf, List<MatchingIndex.ParkRow> parks,
            double radiusKm) {
        double[] sums = new double[parks.size()];
        for (int i = 0; i < sums.length; i++) {
            MatchingIndex.ParkRow park = parks.get(i);
            for (Map.Entry<Long, Double> e : producerWeights.entrySet()) {
                sums[i] += e.getValue() * producers(e.getKey(), park, radiusKm);
            }
            if (buyersOf != null) {
                sums[i] += buyers(buyersOf, park, radiusKm);
            }
        }
        return sums;
    }

    /** Straight from the index's count grids, one segment at a time per park. */
    static RadiusCounts perSegment(MatchingIndex index) {
        return new RadiusCounts() {
            @Override
            public int producers(long nodeId, MatchingIndex.ParkRow park, double radiusKm) {
                return index.producersWithin(nodeId, park.lng(), park.lat(), radiusKm);
            }

            @Override
            public int buyers(long nodeId, MatchingIndex.ParkRow park, double radiusKm) {
                return index.buyersWithin(nodeId, park.lng(), park.lat(), radiusKm);
            }
        };
    }

    /** The index's counts, with the weighted sums for all parks from one weighted grid. */
    static RadiusCounts of(MatchingIndex index) {
        RadiusCounts single = perSegment(index);
        return new RadiusCounts() {
            @Override
            public int producers(long nodeId, MatchingIndex.ParkRow park, double radiusKm) {
                return single.producers(nodeId, park, radiusKm);
            }

            @Override
            public int buyers(long nodeId, MatchingIndex.ParkRow park, double radiusKm) {
                return single.buyers(nodeId, park, radiusKm);
            }

            /** One weighted grid for all segments, read once per park. */
            @Override
            public double[] weighted(Map<Long, Double> producerWeights, Long buyersOf, List<MatchingIndex.ParkRow> parks,
                    double radiusKm) {
                WeightedGrid grid = new WeightedGrid();
                producerWeights.forEach((nodeId, weight) -> {
                    SegmentPoints points = index.producers(nodeId);
                    grid.add(points == null ? null : points.counts, weight);
                });
                if (buyersOf != null) {
                    SegmentPoints points = index.buyers(buyersOf);
                    grid.add(points == null ? null : points.counts, 1);
                }
                double[] sums = new double[parks.size()];
                for (int i = 0; i < sums.length; i++) {
                    MatchingIndex.ParkRow park = parks.get(i);
                    sums[i] = grid.within(park.lng(), park.lat(), radiusKm);
                }
                return sums;
            }
        };
    }
}
