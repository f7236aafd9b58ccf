package org.chainatlas.matching.internal;

import static org.chainatlas.platform.web.Localized.pick;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Stage;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.matching.FactorScore;
import org.chainatlas.matching.GapKind;
import org.chainatlas.matching.PresenceStatus;
import org.chainatlas.matching.SegmentGap;
import org.chainatlas.matching.SegmentPresence;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;

/**
 * A locality's chain against its peers on real evidence. Peers: the localities of the same level (cities, or
 * provinces) whose total evidence in the chain is highest — where the chain really is. Each segment: the presence
 * status by the shared rule ({@link SegmentPresence}); MISSING becomes 延链 when a segment supplying it is present
 * locally, 补链 otherwise; WEAK, or under half the peers' median, is 强链. For each gap, the enterprises producing the
 * segment elsewhere, ranked by size (revenue), where they already produce (plants outside their home province show
 * they build away from home), nearness, leadership tags and — for viewers allowed to see them — expansion plans.
 */
final class GapAnalyser {

    static final int PEERS = 8;

    record Target(long enterpriseId, int region, double distanceKm, int tags, double weight, Set<Integer> sites, double score,
            List<FactorScore> factors) {
    }

    record Result(List<String> peers, List<SegmentGap> segments, Map<Long, List<Target>> targets) {
    }

    private final MatchingIndex index;

    GapAnalyser(MatchingIndex index) {
        this.index = index;
    }

    Result analyse(RegionView region, ChainGraph graph, int perGap, boolean needsVisible) {
        boolean province = region.level() == RegionLevel.PROVINCE && hasChildren(region);
        double presentAt = province ? SegmentPresence.PROVINCE_PRESENT_AT : SegmentPresence.CITY_PRESENT_AT;
        Map<Long, double[]> byNode = new HashMap<>();
        for (ChainNodeView n : graph.nodes()) {
            byNode.put(n.id(), aggregate(RegionEvidence.perRegion(index, n.id()), province));
        }
        List<String> keys = keys(province);
        String own = province ? region.provinceCode() : region.code();
        int ownAt = keys.indexOf(own);
        double[] chainTotals = new double[keys.size()];
        byNode.values().forEach(v -> {
            for (int i = 0; i < v.length; i++) {
                chainTotals[i] += v[i];
            }
        });
        List<Integer> peers = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (i != ownAt && chainTotals[i] > 0) {
                peers.add(i);
            }
        }
        peers.sort(Comparator.comparingDouble((Integer i) -> -chainTotals[i]).thenComparing(keys::get));
        List<Integer> top = peers.subList(0, Math.min(PEERS, peers.size()));
        IntPredicate inRegion = r -> index.regionAt(r).code().startsWith(region.codePrefix());
        Map<String, Double> local = new HashMap<>();
        for (ChainNodeView n : graph.nodes()) {
            local.put(n.code(), ownAt < 0 ? 0 : byNode.get(n.id())[ownAt]);
        }
        List<SegmentGap> segments = new ArrayList<>();
        for (ChainNodeView n : graph.nodes()) {
            double[] v = byNode.get(n.id());
            double evidence = Evidence.round(local.get(n.code()));
            double[] others = top.stream().mapToDouble(i -> v[i]).sorted().toArray();
            double median = others.length == 0 ? 0 : others.length % 2 == 1 ? others[others.length / 2]
                    : (others[others.length / 2 - 1] + others[others.length / 2]) / 2;
            PresenceStatus status = SegmentPresence.classify(evidence, presentAt);
            GapKind gap;
            if (status == PresenceStatus.MISSING) {
                boolean suppliedLocally = n.stage() != Stage.UPSTREAM && graph.edges().stream().anyMatch(e -> e.to().equals(n.code())
                        && SegmentPresence.classify(local.getOrDefault(e.from(), 0.0), presentAt) == PresenceStatus.PRESENT);
                gap = suppliedLocally ? GapKind.EXTEND : GapKind.MISSING;
            } else {
                gap = status == PresenceStatus.WEAK || evidence < 0.5 * median ? GapKind.WEAK : GapKind.NONE;
            }
            Evidence e = Evidence.of(index, n.id(), inRegion, Set.of());
            segments.add(new SegmentGap(n.id(), n.code(), n.nameZh(), n.stage().name(), e.enterprises(), e.zones(), evidence,
                    Evidence.round(median), status, gap));
        }
        // an enterprise already producing here in any segment of the chain is a local one to serve (增资扩产), not a target
        // to attract: 宁德时代 was recommended to 宜宾 for storage systems and recycling
        Set<Long> presentHere = new java.util.HashSet<>();
        for (ChainNodeView n : graph.nodes()) {
            SegmentPoints points = index.producers(n.id());
            if (points != null) {
                points.forEachIn(inRegion, (enterprise, lng, lat, tags, r, weight, d) -> presentHere.add(enterprise));
            }
        }
        Map<Long, List<Target>> targets = new LinkedHashMap<>();
        for (SegmentGap s : segments) {
            if (s.gap() != GapKind.NONE) {
                targets.put(s.nodeId(), targets(region, graph, s.nodeId(), perGap, needsVisible, presentHere));
            }
        }
        return new Result(top.stream().map(keys::get).toList(), segments, targets);
    }

    /** Region keys of the compared level: province codes, or every prefecture-level region (municipalities included). */
    private List<String> keys(boolean provinces) {
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < index.regionCount(); i++) {
            RegionView r = index.regionAt(i);
            if (provinces) {
                keys.add(r.provinceCode());
            } else if (r.level() != RegionLevel.PROVINCE || !hasChildren(r)) {
                keys.add(r.code());
            }
        }
        List<String> list = new ArrayList<>(keys);
        list.sort(String::compareTo);
        return list;
    }

    /** Per-region-index evidence summed into the keys of {@link #keys}. */
    private double[] aggregate(double[] perRegion, boolean provinces) {
        List<String> keys = keys(provinces);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            at.put(keys.get(i), i);
        }
        double[] out = new double[keys.size()];
        for (int r = 0; r < perRegion.length; r++) {
            if (perRegion[r] == 0) {
                continue;
            }
            RegionView view = index.regionAt(r);
            Integer k = at.get(provinces ? view.provinceCode() : view.code());
            if (k != null) {
                out[k] += perRegion[r];
            }
        }
        return out;
    }

    private boolean hasChildren(RegionView province) {
        for (int i = 0; i < index.regionCount(); i++) {
            if (province.code().equals(index.regionAt(i).parentCode())) {
                return true;
            }
        }
        return false;
    }

    private List<Target> targets(RegionView region, ChainGraph graph, long nodeId, int limit, boolean needsVisible,
            Set<Long> presentHere) {
        SegmentPoints points = index.producers(nodeId);
        if (points == null) {
            return List.of();
        }
        String prefix = region.codePrefix();
        Map<Long, double[]> best = new HashMap<>();
        Map<Long, Integer> tagsOf = new HashMap<>();
        Map<Long, Integer> regionOf = new HashMap<>();
        Map<Long, Set<Integer>> sites = new HashMap<>();
        points.forEach(region.longitude(), region.latitude(), (enterprise, lng, lat, tags, r, weight, d) -> {
            if (index.regionAt(r).code().startsWith(prefix)) {
                return; // a site here: the enterprise is among presentHere, left out below
            }
            sites.computeIfAbsent(enterprise, k -> new LinkedHashSet<>()).add(r);
            double[] current = best.get(enterprise);
            if (current == null || d < current[0]) {
                best.put(enterprise, new double[] {d, Math.max(weight, current == null ? 0 : current[1])});
                tagsOf.put(enterprise, tags);
                regionOf.put(enterprise, r);
            } else {
                current[1] = Math.max(current[1], weight);
            }
        });
        presentHere.forEach(best::remove);
        String province = region.provinceCode();
        double wSize = 35;
        double wReach = 15;
        double wNear = 20;
        double wLead = 10;
        double wIntent = needsVisible ? 20 : 0;
        double sum = wSize + wReach + wNear + wLead + wIntent;
        Comparator<Target> better = Comparator.comparingDouble(Target::score).reversed().thenComparingLong(Target::enterpriseId);
        List<Target> all = new ArrayList<>();
        for (Map.Entry<Long, double[]> e : best.entrySet()) {
            long enterprise = e.getKey();
            double d = e.getValue()[0];
            double weight = e.getValue()[1];
            int tags = tagsOf.get(enterprise);
            Set<Integer> where = sites.get(enterprise);
            double intent = needsVisible ? intent(enterprise, nodeId, graph, province, false).value() : 0;
            double score = SiteScorer.round(SiteScorer.points(size(weight), wSize, sum) + SiteScorer.points(reach(where), wReach, sum)
                    + SiteScorer.points(nearness(d), wNear, sum) + SiteScorer.points(Leadership.value(tags), wLead, sum)
                    + SiteScorer.points(intent, wIntent, sum));
            all.add(new Target(enterprise, regionOf.get(enterprise), d, tags, weight, where, score, List.of()));
        }
        all.sort(better);
        List<Target> chosen = all.subList(0, Math.min(limit, all.size()));
        boolean english = org.chainatlas.platform.web.Localized.english();
        List<Target> scored = new ArrayList<>(chosen.size());
        for (Target c : chosen) {
            String intentDetail = needsVisible ? intent(c.enterpriseId(), nodeId, graph, province, true).detail()
                    : pick("扩产意向仅对目标省份的组织方可见", "expansion plans are visible only to organisers of the target provinces");
            List<FactorScore> factors = List.of(
                    // the index weighs a producer by its size times the confidence that it works in this segment
                    SiteScorer.factor("size", size(c.weight()), wSize, sum, pick("证据权重 " + SiteScorer.round(c.weight())
                            + "（规模 × 本环节分类置信度；规模按营收，1 = 1 亿元，3 = 100 亿元以上）", "evidence weight "
                            + SiteScorer.round(c.weight()) + " (size × confidence that it works in this segment; size from revenue:"
                            + " 1 = 100 million CNY, 3 = 10 billion or more)")),
                    SiteScorer.factor("reach", reach(c.sites()), wReach, sum, pick("在 " + c.sites().size() + " 个城市生产本环节",
                            "produces this segment in " + c.sites().size() + (c.sites().size() == 1 ? " city" : " cities"))),
                    SiteScorer.factor("proximity", nearness(c.distanceKm()), wNear, sum,
                            english ? Math.round(c.distanceKm()) + " km from the locality to its nearest site"
                                    : "最近生产地距本地 " + Math.round(c.distanceKm()) + " km"),
                    SiteScorer.factor("leadership", Leadership.value(c.tags()), wLead, sum, Leadership.detail(c.tags())),
                    SiteScorer.factor("intent", intentValue(c, nodeId, graph, province, needsVisible), wIntent, sum, intentDetail));
            double score = SiteScorer.round(factors.stream().mapToDouble(FactorScore::contribution).sum());
            scored.add(new Target(c.enterpriseId(), c.region(), Math.round(c.distanceKm() * 10) / 10.0, c.tags(), c.weight(), c.sites(),
                    score, factors));
        }
        scored.sort(better);
        return scored;
    }

    private double intentValue(Target c, long nodeId, ChainGraph graph, String province, boolean visible) {
        return visible ? intent(c.enterpriseId(), nodeId, graph, province, false).value() : 0;
    }

    private static double size(double weight) {
        return Math.max(0, Math.min(1, weight / 3));
    }

    /** 0 for one site, 1 for four or more cities. */
    private static double reach(Set<Integer> sites) {
        return Math.min(1, (sites.size() - 1) / 3.0);
    }

    private static double nearness(double km) {
        return 1 - Math.min(km, 2500) / 2500;
    }

    private record Intent(double value, String detail) {
    }

    /**
     * How strongly an enterprise's published expansion needs point at this segment and province: 1 this segment and
     * province, 0.6 this chain and province, 0.4 / 0.2 the same elsewhere; with words only when asked for.
     */
    private Intent intent(long enterprise, long nodeId, ChainGraph graph, String province, boolean words) {
        double intent = 0;
        String detail = words ? pick("无公开扩产意向", "no published expansion plan") : null;
        for (MatchingIndex.NeedRow need : index.needsOf(enterprise)) {
            if (need.kind() != NeedKind.EXPANSION) {
                continue;
            }
            boolean towards = need.provinces().isEmpty() || need.provinces().contains(province);
            double v = need.nodeId() == nodeId ? (towards ? 1 : 0.4)
                    : graph.chain().code().equals(need.chainCode()) ? (towards ? 0.6 : 0.2) : 0;
            if (v > intent) {
                intent = v;
                if (words) {
                    detail = (need.nodeId() == nodeId ? pick("有本环节扩产意向", "plans to expand in this segment")
                            : pick("有本产业链扩产意向", "plans to expand in this chain"))
                            + (towards ? pick("，意向省份含本省", ", this province among its choices")
                                    : pick("，意向省份不含本省", ", this province not among its choices"));
                }
            }
        }
        return new Intent(intent, detail);
    }
}
