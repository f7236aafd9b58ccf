package org.chainatlas.matching.internal;

/**
 * How many sites produce or buy a segment within a radius of a park. The index answers from its count grids;
 * the benchmark plugs in a full scan and an SQL query to compare the same scoring against them.
 */
interface RadiusCounts {

    int producers(long nodeId, MatchingIndex.ParkRow park, double radiusKm);

    int buyers(long nodeId, MatchingIndex.ParkRow park, double radiusKm);

    static RadiusCounts of(MatchingIndex index) {
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
}
