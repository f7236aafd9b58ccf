package org.chainatlas.matching.internal;

import static org.chainatlas.platform.web.Localized.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.chain.SupplyEdgeView;
import org.chainatlas.enterprise.LocatedSegment;
import org.chainatlas.matching.FactorScore;
import org.chainatlas.matching.RankedSite;
import org.chainatlas.matching.SiteQuery;
import org.chainatlas.matching.Weights;

/**
 * Scores every candidate park for a segment: chain fit upstream (producers of the segments that supply it,
 * weighted by the supply edges, within the radius) and downstream (producers of the segments it supplies and
 * buyers of the segment), the locality's chain priority, land, factor costs, open opportunities and data
 * freshness. Each factor is a value in 0–1; the score is the weighted mean × 100, and each factor's
 * contribution (value × weight ÷ Σ weights × 100) is reported, so the explanation adds up to the score.
 */
final class SiteScorer {

    static final String SUPPLIERS = "suppliers";
    static final String CUSTOMERS = "customers";
    static final String PRIORITY = "priority";
    static final String LAND = "land";
    static final String COST = "cost";
    static final String OPPORTUNITY = "opportunity";
    static final String FRESHNESS = "freshness";

    private record Edge(long nodeId, String name, double weight) {
    }

    private final MatchingIndex index;
    private final RadiusCounts counts;
    private final ChainGraph graph;
    private final ChainNodeView node;

    SiteScorer(MatchingIndex index, ChainGraph graph, ChainNodeView node) {
        this(index, RadiusCounts.of(index), graph, node);
    }

    SiteScorer(MatchingIndex index, RadiusCounts counts, ChainGraph graph, ChainNodeView node) {
        this.index = index;
        this.counts = counts;
        this.graph = graph;
        this.node = node;
    }

    /** The parks a query ranks: all, or those in its provinces. */
    List<MatchingIndex.ParkRow> candidates(SiteQuery query) {
        Set<String> provinces = query.otherProvinces() ? Set.of()
                : Set.copyOf(query.provincesOrEmpty().stream().map(p -> p.substring(0, 2)).toList());
        return index.parks().stream()
                .filter(p -> provinces.isEmpty() || provinces.contains(p.regionCode().substring(0, 2))).toList();
    }

    /** The segments supplying this one (upstream) and supplied by it (downstream), as node ids. */
    java.util.Set<Long> relatedNodes() {
        java.util.Set<Long> related = new java.util.HashSet<>();
        related.add(node.id());
        Map<String, ChainNodeView> byCode = new java.util.HashMap<>();
        graph.nodes().forEach(n -> byCode.put(n.code(), n));
        for (SupplyEdgeView e : graph.edges()) {
            if (e.to().equals(node.code())) {
                related.add(byCode.get(e.from()).id());
            } else if (e.from().equals(node.code())) {
                related.add(byCode.get(e.to()).id());
            }
        }
        return related;
    }

    List<RankedSite> score(SiteQuery query, double radiusKm, List<LocatedSegment> own) {
        Map<String, ChainNodeView> byCode = new java.util.HashMap<>();
        graph.nodes().forEach(n -> byCode.put(n.code(), n));
        List<Edge> upstream = new ArrayList<>();
        List<Edge> downstream = new ArrayList<>();
        for (SupplyEdgeView e : graph.edges()) {
            if (e.to().equals(node.code())) {
                ChainNodeView u = byCode.get(e.from());
                upstream.add(new Edge(u.id(), u.name(), e.weight()));
            } else if (e.from().equals(node.code())) {
                ChainNodeView d = byCode.get(e.to());
                downstream.add(new Edge(d.id(), d.name(), e.weight()));
            }
        }
        List<MatchingIndex.ParkRow> candidates = candidates(query);
        int n = candidates.size();
        Map<Long, Double> upWeights = new java.util.HashMap<>();
        upstream.forEach(e -> upWeights.merge(e.nodeId(), e.weight(), Double::sum));
        Map<Long, Double> downWeights = new java.util.HashMap<>();
        downstream.forEach(e -> downWeights.merge(e.nodeId(), e.weight(), Double::sum));
        // Weighted counts for every candidate at once; per-segment counts (the words) only for those shown.
        double[] supply = counts.weighted(upWeights, null, candidates, radiusKm);
        double[] demand = counts.weighted(downWeights, node.id(), candidates, radiusKm);
        if (!own.isEmpty()) {
            for (int i = 0; i < n; i++) {
                MatchingIndex.ParkRow p = candidates.get(i);
                for (LocatedSegment s : own) {
                    if (ChinaGrid.km(p.lng(), p.lat(), s.longitude(), s.latitude()) > radiusKm) {
                        continue;
                    }
                    if (s.role() == org.chainatlas.enterprise.SegmentRole.PRODUCES) {
                        supply[i] -= upWeights.getOrDefault(s.nodeId(), 0.0);
                        demand[i] -= downWeights.getOrDefault(s.nodeId(), 0.0);
                    } else if (s.nodeId() == node.id()) {
                        demand[i] -= 1;
                    }
                }
            }
        }
        double maxSupply = max(supply);
        double maxDemand = max(demand);
        double[] landPrices = candidates.stream().mapToDouble(p -> p.landPrice() == null ? Double.NaN : p.landPrice()).toArray();
        double[] power = candidates.stream().mapToDouble(p -> p.electricity() == null ? Double.NaN : p.electricity()).toArray();
        double[] wages = candidates.stream().mapToDouble(p -> p.wage() == null ? Double.NaN : p.wage()).toArray();
        double[] landRange = range(landPrices);
        double[] powerRange = range(power);
        double[] wageRange = range(wages);
        double powerShare = query.energyMwh() != null && query.energyMwh() >= 50_000 ? 0.6 : 0.4;
        double otherShare = (1 - powerShare) / 2;
        Weights w = query.weights();
        double sum = w.sum();
        Set<Long> chainNodes = new java.util.HashSet<>();
        graph.nodes().forEach(x -> chainNodes.add(x.id()));
        // First the numbers for every candidate, then words only for those shown.
        double[][] values = new double[n][];
        double[] scores = new double[n];
        double[] weights = {w.suppliers(), w.customers(), w.priority(), w.land(), w.cost(), w.opportunity(), w.freshness()};
        for (int i = 0; i < n; i++) {
            MatchingIndex.ParkRow p = candidates.get(i);
            Set<Long> opportunities = index.openOpportunityNodes(p.id());
            double opportunity = opportunities.contains(node.id()) ? 1
                    : opportunities.stream().anyMatch(chainNodes::contains) ? 0.5 : 0;
            double freshness = p.fresh() ? 1 : p.daysSinceVerified() >= 10_000 ? 0.2
                    : Math.max(0.2, 1 - (p.daysSinceVerified() - 180) / 365.0);
            double cost = powerShare * relativeLow(power, i, powerRange) + otherShare * relativeLow(landPrices, i, landRange)
                    + otherShare * relativeLow(wages, i, wageRange);
            values[i] = new double[] {normalise(supply[i], maxSupply), normalise(demand[i], maxDemand), priority(p)[0],
                    land(p, query.landMu()), cost, opportunity, freshness};
            double score = 0;
            for (int f = 0; f < weights.length; f++) {
                score += contribution(values[i][f], weights[f], sum);
            }
            scores[i] = score;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : Long.compare(candidates.get(a).id(), candidates.get(b).id()));
        int limit = Math.max(1, Math.min(query.limit() <= 0 ? 20 : query.limit(), 500));
        List<RankedSite> ranked = new ArrayList<>(Math.min(limit, n));
        for (int r = 0; r < n && r < limit; r++) {
            int i = order[r];
            MatchingIndex.ParkRow p = candidates.get(i);
            double[] v = values[i];
            StringBuilder supplyDetail = producersNear(upstream, p, radiusKm, own);
            StringBuilder demandDetail = producersNear(downstream, p, radiusKm, own);
            int buyers = counts.buyers(node.id(), p, radiusKm) - own(own, node.id(), false, p, radiusKm);
            if (buyers > 0) {
                appendCount(demandDetail, pick("采购", "buying ") + node.name(), buyers);
            }
            List<FactorScore> factors = new ArrayList<>(7);
            factors.add(factor(SUPPLIERS, v[0], w.suppliers(), sum,
                    pick("半径 " + Math.round(radiusKm) + " km 内上游：", "upstream within " + Math.round(radiusKm) + " km: ")
                            + orNone(supplyDetail.toString())));
            factors.add(factor(CUSTOMERS, v[1], w.customers(), sum,
                    pick("半径 " + Math.round(radiusKm) + " km 内下游：", "downstream within " + Math.round(radiusKm) + " km: ")
                            + orNone(demandDetail.toString())));
            factors.add(factor(PRIORITY, v[2], w.priority(), sum, priorityDetail(priority(p))));
            factors.add(factor(LAND, v[3], w.land(), sum, landDetail(p, query.landMu())));
            factors.add(factor(COST, v[4], w.cost(), sum,
                    costDetail(p, powerShare)));
            factors.add(factor(OPPORTUNITY, v[5], w.opportunity(), sum, v[5] == 1 ? pick("园区发布了本环节的重点项目", "the park lists key projects in this segment")
                    : v[5] > 0 ? pick("园区发布了本产业链其他环节的重点项目", "the park lists key projects in other segments of this chain")
                    : pick("无相关重点项目", "no related key projects")));
            factors.add(factor(FRESHNESS, v[6], w.freshness(), sum,
                    p.daysSinceVerified() >= 10_000 ? pick("从未核实", "never verified")
                            : pick(p.daysSinceVerified() + " 天前核实", "verified " + p.daysSinceVerified() + " days ago")));
            ranked.add(new RankedSite(r + 1, p.id(), p.nameZh(), p.regionCode(), p.lng(), p.lat(), round(scores[i]), factors));
        }
        return ranked;
    }

    /** "segment n 家、…": the producers of each segment within the radius of a park, the enterprise's own sites left out. */
    private StringBuilder producersNear(List<Edge> edges, MatchingIndex.ParkRow p, double radiusKm, List<LocatedSegment> own) {
        StringBuilder detail = new StringBuilder();
        for (Edge e : edges) {
            appendCount(detail, e.name(), counts.producers(e.nodeId(), p, radiusKm) - own(own, e.nodeId(), true, p, radiusKm));
        }
        return detail;
    }

    private static double contribution(double value, double weight, double sum) {
        return round(Math.max(0, Math.min(1, round(value))) * weight / sum * 100);
    }

    /** The enterprise's own sites in the counted area, so it does not count as its own supplier or customer. */
    private static int own(List<LocatedSegment> own, long nodeId, boolean producers, MatchingIndex.ParkRow p, double radiusKm) {
        int count = 0;
        for (LocatedSegment s : own) {
            if (s.nodeId() == nodeId && (s.role() == org.chainatlas.enterprise.SegmentRole.PRODUCES) == producers
                    && ChinaGrid.km(p.lng(), p.lat(), s.longitude(), s.latitude()) <= radiusKm) {
                count++;
            }
        }
        return count;
    }

    /** [value, kind]: 1 primary host, 0.6 collaborating, 0.3 province, 0.7/1 park's leading chain/segment. */
    private double[] priority(MatchingIndex.ParkRow p) {
        double value = 0;
        double kind = 0;
        for (GovernanceView g : graph.governance()) {
            if (g.primaryHostCodes().contains(p.regionCode())) {
                value = Math.max(value, 1);
                kind = Math.max(kind, 4);
            } else if (g.collaboratingCodes().contains(p.regionCode())) {
                if (value < 0.6) {
                    value = 0.6;
                    kind = Math.max(kind, 3);
                }
            } else if (g.provinceCode().substring(0, 2).equals(p.regionCode().substring(0, 2)) && value < 0.3) {
                value = 0.3;
                kind = Math.max(kind, 1);
            }
        }
        if (p.nodes().contains(node.id())) {
            value = Math.max(value, 1);
            kind = Math.max(kind, 5);
        } else if (p.chains().contains(graph.chain().code()) && value < 0.7) {
            value = 0.7;
            kind = Math.max(kind, 2);
        }
        return new double[] {value, kind};
    }

    private static String costDetail(MatchingIndex.ParkRow p, double powerShare) {
        String unknown = pick("未知", "unknown");
        return pick("地价 ", "land ") + (p.landPrice() == null ? unknown : Math.round(p.landPrice() / 1e4) + pick("万元/亩", "×10k CNY/mu"))
                + pick("，电价 ", ", power ") + (p.electricity() == null ? unknown : p.electricity() + pick("元/千瓦时", " CNY/kWh"))
                + pick("，工资 ", ", wage ") + (p.wage() == null ? unknown : p.wage() + pick("元/月", " CNY/month"))
                + pick("（越低越好，与候选园区比较；电价占 " + Math.round(powerShare * 100) + "%）",
                        " (lower is better, compared with the other candidates; power weighs " + Math.round(powerShare * 100) + "%)");
    }

    private static String priorityDetail(double[] priority) {
        return switch ((int) priority[1]) {
            case 5 -> pick("园区主导环节包含本环节", "this segment is one of the park's leading segments");
            case 4 -> pick("链长制主要承载地", "primary host of the chain-chief system");
            case 3 -> pick("链长制协同发展地", "collaborating locality of the chain-chief system");
            case 2 -> pick("园区主导产业链包含本产业链", "this chain is one of the park's leading chains");
            case 1 -> pick("所在省份实行该链链长制", "the province runs a chain-chief system for this chain");
            default -> pick("非该链重点承载地", "not a designated host of this chain");
        };
    }

    private static double land(MatchingIndex.ParkRow p, Double need) {
        if (p.availableLandMu() == null) {
            return 0.5;
        }
        if (need == null || need <= 0) {
            return p.availableLandMu() > 0 ? 1 : 0;
        }
        return Math.min(1, p.availableLandMu() / need);
    }

    private static String landDetail(MatchingIndex.ParkRow p, Double need) {
        String available = p.availableLandMu() == null ? pick("可用地未知", "available land unknown")
                : pick("可用地 " + Math.round(p.availableLandMu()) + " 亩", Math.round(p.availableLandMu()) + " mu available");
        return need == null ? available : available + pick("，需 " + Math.round(need) + " 亩", ", " + Math.round(need) + " mu needed");
    }

    /** [min, max] of the known values. */
    private static double[] range(double[] values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new double[] {min, max};
    }

    /** 1 for the cheapest candidate, 0 for the dearest; 0.5 when unknown. */
    private static double relativeLow(double[] values, int i, double[] range) {
        if (Double.isNaN(values[i])) {
            return 0.5;
        }
        return range[1] == range[0] ? 1 : (range[1] - values[i]) / (range[1] - range[0]);
    }

    private static double normalise(double raw, double max) {
        return max <= 0 ? 0 : Math.log1p(raw) / Math.log1p(max);
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static void appendCount(StringBuilder detail, String name, int count) {
        if (count > 0) {
            if (!detail.isEmpty()) {
                detail.append(pick("、", ", "));
            }
            detail.append(name).append(' ').append(count).append(pick(" 家", ""));
        }
    }

    private static String orNone(String text) {
        return text.isEmpty() ? pick("无", "none") : text;
    }

    static FactorScore factor(String name, double value, double weight, double sum, String detail) {
        return new FactorScore(name, round(Math.max(0, Math.min(1, value))), weight, points(value, weight, sum), detail);
    }

    /** The contribution {@link #factor} reports for a value, without building the factor and its words. */
    static double points(double value, double weight, double sum) {
        return contribution(round(Math.max(0, Math.min(1, value))), weight, sum);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
