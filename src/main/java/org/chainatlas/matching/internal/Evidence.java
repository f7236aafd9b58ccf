package org.chainatlas.matching.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What the index holds about a segment in a region: the producing enterprises (each once, at its heaviest site there)
 * and the zones whose leading industries name the segment. See {@link org.chainatlas.matching.SegmentPresence}.
 */
record Evidence(int enterprises, double enterpriseWeight, int zones, double zoneWeight) {

    static final Evidence NONE = new Evidence(0, 0, 0, 0);

    double total() {
        return enterpriseWeight + zoneWeight;
    }

    /** Evidence for a node in the regions the predicate accepts (by region index); enterprises in {@code exclude} left out. */
    static Evidence of(MatchingIndex index, long nodeId, IntPredicate inRegion, Set<Long> exclude) {
        Map<Long, Double> best = new HashMap<>();
        SegmentPoints points = index.producers(nodeId);
        if (points != null) {
            points.forEachIn(inRegion, (e, lng, lat, tags, region, weight, d) -> {
                if (!exclude.contains(e)) {
                    best.merge(e, weight, Math::max);
                }
            });
        }
        double enterprise = best.values().stream().mapToDouble(Double::doubleValue).sum();
        int zones = 0;
        double zone = 0;
        for (MatchingIndex.ZoneMatch match : index.zones(nodeId)) {
            if (inRegion.test(match.park().region())) {
                zones++;
                zone += match.confidence();
            }
        }
        return new Evidence(best.size(), round(enterprise), zones, round(zone));
    }

    /** How surely a zone leads in a segment: its best match naming the node, or 1 when its locality listed the segment. */
    static double zoneConfidence(MatchingIndex.ParkRow park, long nodeId) {
        if (park.nodes().contains(nodeId) && park.catalogueCode() == null) {
            return 1;
        }
        double best = 0;
        for (var i : park.industries()) {
            if (i.nodeId() != null && i.nodeId() == nodeId && i.confidence() >= org.chainatlas.chain.SegmentClassifier.ACCEPT) {
                best = Math.max(best, i.confidence());
            }
        }
        return best;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
