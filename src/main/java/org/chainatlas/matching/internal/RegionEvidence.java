package org.chainatlas.matching.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Evidence of one segment in every region at once (by region index): each producing enterprise once per region at
 * its heaviest site there, plus the zones whose leading industries name the segment (see {@link Evidence}).
 */
final class RegionEvidence {

    private RegionEvidence() {
    }

    /** Σ evidence per region index. */
    static double[] perRegion(MatchingIndex index, long nodeId) {
        return perRegion(index, nodeId, java.util.Set.of());
    }

    /** Σ evidence per region index, the enterprises in {@code exclude} left out. */
    static double[] perRegion(MatchingIndex index, long nodeId, java.util.Set<Long> exclude) {
        double[] totals = new double[index.regionCount()];
        SegmentPoints points = index.producers(nodeId);
        if (points != null) {
            Map<Long, Float> best = new HashMap<>();
            points.forEachIn(r -> true, (e, lng, lat, tags, region, weight, d) -> {
                if (!exclude.contains(e)) {
                    best.merge(e * 4096 + region, (float) weight, Math::max);
                }
            });
            best.forEach((key, weight) -> totals[(int) (key % 4096)] += weight);
        }
        for (MatchingIndex.ZoneMatch zone : index.zones(nodeId)) {
            if (zone.park().region() >= 0) {
                totals[zone.park().region()] += zone.confidence();
            }
        }
        return totals;
    }
}
