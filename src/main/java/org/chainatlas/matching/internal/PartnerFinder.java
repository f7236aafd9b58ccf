package org.chainatlas.matching.internal;

import static org.chainatlas.platform.web.Localized.pick;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.SupplyEdgeView;
import org.chainatlas.matching.FactorScore;

/**
 * Suppliers and customers around a point: producers of a segment (suppliers), or buyers of it and producers of
 * the segments it supplies (customers), within the radius, ranked by nearness (50), leadership tags (30) and
 * size (20: revenue-based weight × how surely it works in the segment), each with the relation that makes it a partner.
 */
final class PartnerFinder {

    record Candidate(long enterpriseId, long nodeId, String relation, int region, double lng, double lat, double distanceKm,
            int tags, double score, List<FactorScore> factors) {
    }

    private final MatchingIndex index;

    PartnerFinder(MatchingIndex index) {
        this.index = index;
    }

    List<Candidate> suppliers(ChainNodeView node, double lng, double lat, double radiusKm, long exclude) {
        Map<Long, Candidate> best = new HashMap<>();
        collect(best, index.producers(node.id()), node, pick("生产 ", "produces ") + node.name(), lng, lat, radiusKm, exclude);
        return ranked(best);
    }

    List<Candidate> customers(ChainGraph graph, ChainNodeView node, double lng, double lat, double radiusKm, long exclude) {
        Map<Long, Candidate> best = new HashMap<>();
        collect(best, index.buyers(node.id()), node, pick("采购 ", "buys ") + node.name(), lng, lat, radiusKm, exclude);
        Map<String, ChainNodeView> byCode = new HashMap<>();
        graph.nodes().forEach(n -> byCode.put(n.code(), n));
        for (SupplyEdgeView e : graph.edges()) {
            if (e.from().equals(node.code())) {
                ChainNodeView downstream = byCode.get(e.to());
                collect(best, index.producers(downstream.id()), downstream, pick("生产下游 ", "produces downstream ") + downstream.name(), lng, lat,
                        radiusKm, exclude);
            }
        }
        return ranked(best);
    }

    private void collect(Map<Long, Candidate> best, SegmentPoints points, ChainNodeView node, String relation, double lng,
            double lat, double radiusKm, long exclude) {
        if (points == null) {
            return;
        }
        boolean english = org.chainatlas.platform.web.Localized.english();
        points.forEachWithin(lng, lat, radiusKm, (enterprise, plng, plat, tags, region, weight, d) -> {
            if (enterprise == exclude) {
                return;
            }
            double near = 1 - d / radiusKm;
            double lead = Leadership.value(tags);
            double size = Math.min(1, weight / 3);
            Candidate current = best.get(enterprise);
            double score = near * 50 + lead * 30 + size * 20;
            if (current == null || score > current.score()) {
                List<FactorScore> factors = List.of(
                        SiteScorer.factor("proximity", near, 50, 100, english ? Math.round(d) + " km away (radius " + Math.round(radiusKm) + " km)"
                                : "距离 " + Math.round(d) + " km（半径 " + Math.round(radiusKm) + " km）"),
                        SiteScorer.factor("leadership", lead, 30, 100, Leadership.detail(tags)),
                        SiteScorer.factor("size", size, 20, 100, pick("规模权重 " + SiteScorer.round(weight)
                                + "（按营收与分类置信度）", "size weight " + SiteScorer.round(weight) + " (revenue × classification confidence)")));
                best.put(enterprise, new Candidate(enterprise, node.id(), relation, region, plng, plat, Math.round(d * 10) / 10.0,
                        tags, SiteScorer.round(factors.stream().mapToDouble(FactorScore::contribution).sum()), factors));
            }
        });
    }

    private static List<Candidate> ranked(Map<Long, Candidate> best) {
        List<Candidate> list = new ArrayList<>(best.values());
        list.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingDouble(Candidate::distanceKm)
                .thenComparingLong(Candidate::enterpriseId));
        return list;
    }
}
