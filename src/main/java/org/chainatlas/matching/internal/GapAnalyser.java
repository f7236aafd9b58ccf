package org.chainatlas.matching.internal;

import static org.chainatlas.platform.web.Localized.pick;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Stage;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.matching.FactorScore;
import org.chainatlas.matching.GapKind;
import org.chainatlas.matching.SegmentGap;
import org.chainatlas.matching.TargetEnterprise;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;

/**
 * A locality's chain against comparable localities (same level, the eight closest in total producers): each
 * segment missing (补链), weak — under half the comparable median (强链), a natural downstream extension of
 * what is present (延链), or present; and for each gap the enterprises nationwide that could fill it, ranked
 * by expansion intent towards the locality's province (only when the viewer may see needs), chain leadership
 * tags and distance.
 */
final class GapAnalyser {

    static final int COMPARABLES = 8;

    record Target(long enterpriseId, String regionCode, double distanceKm, int tags, double score, List<FactorScore> factors) {
    }

    record Result(List<String> comparable, List<SegmentGap> segments, Map<Long, List<Target>> targets) {
    }

    private final MatchingIndex index;

    GapAnalyser(MatchingIndex index) {
        this.index = index;
    }

    Result analyse(RegionView region, ChainGraph graph, int perGap, boolean needsVisible) {
        String prefix = region.codePrefix();
        List<String> comparable = comparable(region);
        Map<String, Integer> local = new HashMap<>();
        List<SegmentGap> segments = new ArrayList<>();
        for (ChainNodeView n : graph.nodes()) {
            local.put(n.code(), index.producersIn(n.id(), prefix));
        }
        for (ChainNodeView n : graph.nodes()) {
            int count = local.get(n.code());
            double[] others = comparable.stream().mapToDouble(c -> index.producersIn(n.id(), RegionView.prefixOf(c))).sorted().toArray();
            double median = others.length == 0 ? 0 : others.length % 2 == 1 ? others[others.length / 2]
                    : (others[others.length / 2 - 1] + others[others.length / 2]) / 2;
            GapKind gap;
            if (count == 0) {
                boolean suppliedLocally = n.stage() != Stage.UPSTREAM && graph.edges().stream()
                        .anyMatch(e -> e.to().equals(n.code()) && local.getOrDefault(e.from(), 0) > 0);
                gap = suppliedLocally ? GapKind.EXTEND : GapKind.MISSING;
            } else {
                gap = count < 0.5 * median ? GapKind.WEAK : GapKind.NONE;
            }
            segments.add(new SegmentGap(n.id(), n.code(), n.nameZh(), n.stage().name(), count, median, gap));
        }
        Map<Long, List<Target>> targets = new LinkedHashMap<>();
        for (SegmentGap s : segments) {
            if (s.gap() != GapKind.NONE) {
                targets.put(s.nodeId(), targets(region, graph, s.nodeId(), perGap, needsVisible));
            }
        }
        return new Result(comparable, segments, targets);
    }

    /** Regions of the same level whose total producers are closest to this one's. */
    private List<String> comparable(RegionView region) {
        int[] perRegion = index.producersPerRegion();
        boolean province = region.level() == RegionLevel.PROVINCE;
        Map<String, Integer> totals = new HashMap<>();
        for (int i = 0; i < perRegion.length; i++) {
            RegionView r = index.regionAt(i);
            String key = province ? r.provinceCode() : r.code();
            if (!province && r.level() == RegionLevel.PROVINCE && hasChildren(r)) {
                continue;
            }
            totals.merge(key, perRegion[i], Integer::sum);
        }
        int own = totals.getOrDefault(province ? region.provinceCode() : region.code(), 0);
        return totals.entrySet().stream()
                .filter(e -> !e.getKey().equals(region.code()) && e.getValue() > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> Math.abs(e.getValue() - own))
                        .thenComparing(Map.Entry::getKey))
                .limit(COMPARABLES).map(Map.Entry::getKey).toList();
    }

    private boolean hasChildren(RegionView province) {
        for (int i = 0; i < index.regionCount(); i++) {
            if (province.code().equals(index.regionAt(i).parentCode())) {
                return true;
            }
        }
        return false;
    }

    private List<Target> targets(RegionView region, ChainGraph graph, long nodeId, int limit, boolean needsVisible) {
        SegmentPoints points = index.producers(nodeId);
        if (points == null) {
            return List.of();
        }
        String prefix = region.codePrefix();
        Map<Long, double[]> best = new HashMap<>();
        Map<Long, Integer> tagsOf = new HashMap<>();
        Map<Long, Integer> regionOf = new HashMap<>();
        points.forEach(region.longitude(), region.latitude(), (enterprise, lng, lat, tags, r, d) -> {
            if (index.regionAt(r).code().startsWith(prefix)) {
                return;
            }
            double[] current = best.get(enterprise);
            if (current == null || d < current[0]) {
                best.put(enterprise, new double[] {d});
                tagsOf.put(enterprise, tags);
                regionOf.put(enterprise, r);
            }
        });
        String province = region.provinceCode();
        double wIntent = needsVisible ? 40 : 0;
        double wLead = 35;
        double wNear = 25;
        double sum = wIntent + wLead + wNear;
        // Numbers for every candidate, keeping the best `limit`; factors and their words only for those.
        Comparator<Candidate> better = Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingLong(Candidate::enterpriseId);
        java.util.PriorityQueue<Candidate> top = new java.util.PriorityQueue<>(Math.max(1, limit), better.reversed());
        for (Map.Entry<Long, double[]> e : best.entrySet()) {
            long enterprise = e.getKey();
            double d = e.getValue()[0];
            int tags = tagsOf.get(enterprise);
            double intent = needsVisible ? intent(enterprise, nodeId, graph, province, false).value() : 0;
            double score = SiteScorer.round(SiteScorer.points(intent, wIntent, sum) + SiteScorer.points(Leadership.value(tags), wLead, sum)
                    + SiteScorer.points(nearness(d), wNear, sum));
            Candidate c = new Candidate(enterprise, d, tags, intent, score);
            if (top.size() < limit) {
                top.add(c);
            } else if (limit > 0 && better.compare(c, top.peek()) < 0) {
                top.poll();
                top.add(c);
            }
        }
        List<Candidate> chosen = new ArrayList<>(top);
        chosen.sort(better);
        boolean english = org.chainatlas.platform.web.Localized.english();
        List<Target> scored = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            String intentDetail = needsVisible ? intent(c.enterpriseId(), nodeId, graph, province, true).detail()
                    : pick("扩产意向仅对目标省份的组织方可见", "expansion plans are visible only to organisers of the target provinces");
            List<FactorScore> factors = List.of(
                    SiteScorer.factor("intent", c.intent(), wIntent, sum, intentDetail),
                    SiteScorer.factor("leadership", Leadership.value(c.tags()), wLead, sum, Leadership.detail(c.tags())),
                    SiteScorer.factor("proximity", nearness(c.distanceKm()), wNear, sum,
                            english ? Math.round(c.distanceKm()) + " km away" : "距本地 " + Math.round(c.distanceKm()) + " km"));
            double score = SiteScorer.round(factors.stream().mapToDouble(FactorScore::contribution).sum());
            scored.add(new Target(c.enterpriseId(), index.regionAt(regionOf.get(c.enterpriseId())).code(),
                    Math.round(c.distanceKm() * 10) / 10.0, c.tags(), score, factors));
        }
        return scored;
    }

    private record Candidate(long enterpriseId, double distanceKm, int tags, double intent, double score) {
    }

    private record Intent(double value, String detail) {
    }

    private static double nearness(double km) {
        return 1 - Math.min(km, 2500) / 2500;
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

    static TargetEnterprise view(Target t, String name) {
        return new TargetEnterprise(t.enterpriseId(), name, t.regionCode(), t.distanceKm(), EnterpriseTag.of(t.tags()),
                t.score(), t.factors());
    }
}
