package org.chainatlas.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainatlas.account.CurrentActor;
import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.LocatedSegment;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.enterprise.NeedView;
import org.chainatlas.enterprise.SegmentRole;
import org.chainatlas.matching.GapAnalysis;
import org.chainatlas.matching.Matching;
import org.chainatlas.matching.PartnerMatch;
import org.chainatlas.matching.PartnerResult;
import org.chainatlas.matching.RankedSite;
import org.chainatlas.matching.SiteQuery;
import org.chainatlas.matching.SiteRecommendation;
import org.chainatlas.matching.TargetEnterprise;
import org.chainatlas.matching.Weights;
import org.chainatlas.platform.InvalidInput;
import org.chainatlas.platform.NotFound;
import org.chainatlas.platform.Validation;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.stereotype.Service;

/** The matching engine: validates requests, asks the index, names the results. */
@Service
public class MatchingService implements Matching {

    static final double MAX_RADIUS_KM = 2000;

    private final IndexKeeper keeper;
    private final Chains chains;
    private final Regions regions;
    private final EnterpriseCatalog enterprises;
    private final CurrentActor currentActor;

    MatchingService(IndexKeeper keeper, Chains chains, Regions regions, EnterpriseCatalog enterprises, CurrentActor currentActor) {
        this.keeper = keeper;
        this.chains = chains;
        this.regions = regions;
        this.enterprises = enterprises;
        this.currentActor = currentActor;
    }

    @Override
    public SiteRecommendation sites(SiteQuery query) {
        Validation v = new Validation();
        ChainNodeView node = chains.node(query.nodeId()).orElse(null);
        if (node == null) {
            v.reject("nodeId", "unknown segment id " + query.nodeId());
        }
        radius(v, query.radiusKm());
        Weights weights = query.weights() == null ? Weights.DEFAULT : query.weights();
        weights.check(v);
        v.range("landMu", query.landMu(), 0, 1_000_000, "mu");
        v.range("investmentCny", query.investmentCny(), 0, 1e13, "CNY");
        v.range("energyMwh", query.energyMwh(), 0, 1e8, "MWh");
        List<String> provinces = query.provincesOrEmpty();
        for (int i = 0; i < provinces.size(); i++) {
            if (regions.find(provinces.get(i)).map(r -> r.level() != RegionLevel.PROVINCE).orElse(true)) {
                v.reject("provinces[" + i + "]", "'" + provinces.get(i) + "' is not a province code");
            }
        }
        v.throwIfInvalid();
        ChainGraph graph = chains.graph(node.chainCode());
        double radius = query.radiusKm() == null ? graph.chain().supplyRadiusKm() : query.radiusKm();
        List<LocatedSegment> own = new ArrayList<>();
        if (query.enterpriseId() != null) {
            enterprises.scanSegmentsOf(query.enterpriseId(), own::add);
        }
        SiteQuery effective = new SiteQuery(query.nodeId(), query.investmentCny(), query.landMu(), query.energyMwh(),
                provinces, query.otherProvinces(), radius, weights, query.enterpriseId(), query.limit());
        MatchingIndex index = keeper.current();
        int[] candidates = new int[1];
        List<RankedSite> sites = index.read(() -> {
            SiteScorer scorer = new SiteScorer(index, graph, node);
            candidates[0] = scorer.candidates(effective).size();
            return scorer.score(effective, radius, own);
        });
        return new SiteRecommendation(node.id(), node.chainCode(), node.nameZh(), radius, weights, candidates[0], sites);
    }

    @Override
    public SiteRecommendation sitesForNeed(long needId, Double radiusKm, Weights weights, boolean otherProvinces) {
        NeedView need = enterprises.need(needId).orElseThrow(() -> new NotFound("need", needId));
        if (need.kind() != NeedKind.EXPANSION) {
            throw InvalidInput.of("need", "sites are recommended for expansion needs; this is a " + need.kind() + " need");
        }
        return sites(new SiteQuery(need.nodeId(), need.investmentCny(), need.landMu(), need.energyMwh(),
                need.preferredProvinces(), otherProvinces, radiusKm, weights, need.enterpriseId(), 20));
    }

    @Override
    public GapAnalysis gaps(String regionCode, String chainCode, int targetsPerGap) {
        Validation v = new Validation();
        RegionView region = regionCode == null ? null : regions.find(regionCode).orElse(null);
        if (region == null) {
            v.reject("region", "unknown region code '" + regionCode + "'");
        }
        if (chainCode == null || chains.find(chainCode).isEmpty()) {
            v.reject("chain", "unknown chain '" + chainCode + "'");
        }
        if (targetsPerGap < 1 || targetsPerGap > 100) {
            v.reject("targets", "must be between 1 and 100");
        }
        v.throwIfInvalid();
        ChainGraph graph = chains.graph(chainCode);
        boolean needsVisible = currentActor.get().map(a -> a.organises(region.provinceCode())).orElse(false);
        MatchingIndex index = keeper.current();
        GapAnalyser.Result result = index.read(() -> new GapAnalyser(index).analyse(region, graph, targetsPerGap, needsVisible));
        List<Long> ids = result.targets().values().stream().flatMap(List::stream).map(GapAnalyser.Target::enterpriseId)
                .distinct().toList();
        Map<Long, String> names = enterprises.names(ids);
        Map<Long, List<TargetEnterprise>> targets = new LinkedHashMap<>();
        result.targets().forEach((node, list) -> targets.put(node, list.stream()
                .filter(t -> names.containsKey(t.enterpriseId()))
                .map(t -> GapAnalyser.view(t, names.get(t.enterpriseId()))).toList()));
        return new GapAnalysis(region.code(), chainCode, result.comparable(), result.segments(), targets, needsVisible);
    }

    @Override
    public PartnerResult partnersForNeed(long needId, Double radiusKm, int limit) {
        NeedView need = enterprises.need(needId).orElseThrow(() -> new NotFound("need", needId));
        Validation v = new Validation();
        if (need.kind() == NeedKind.EXPANSION) {
            v.reject("need", "partners are matched for supplier or customer needs; use site recommendation for expansion");
        }
        radius(v, radiusKm);
        if (limit < 1 || limit > 500) {
            v.reject("limit", "must be between 1 and 500");
        }
        v.throwIfInvalid();
        ChainNodeView node = chains.requireNode(need.nodeId());
        ChainGraph graph = chains.graph(node.chainCode());
        double radius = radiusKm == null ? graph.chain().supplyRadiusKm() : radiusKm;
        double[] origin = origin(need.enterpriseId());
        MatchingIndex index = keeper.current();
        List<PartnerFinder.Candidate> found = index.read(() -> need.kind() == NeedKind.SUPPLIERS
                ? new PartnerFinder(index).suppliers(node, origin[0], origin[1], radius, need.enterpriseId())
                : new PartnerFinder(index).customers(graph, node, origin[0], origin[1], radius, need.enterpriseId()));
        return new PartnerResult(needId, need.kind().name(), node.id(), node.nameZh(), origin[0], origin[1], radius,
                named(found, limit, index));
    }

    @Override
    public List<PartnerMatch> suggestedPartners(long enterpriseId, int limit) {
        List<LocatedSegment> own = new ArrayList<>();
        enterprises.scanSegmentsOf(enterpriseId, own::add);
        MatchingIndex index = keeper.current();
        Map<Long, PartnerFinder.Candidate> best = new HashMap<>();
        index.read(() -> {
            PartnerFinder finder = new PartnerFinder(index);
            for (LocatedSegment s : own) {
                ChainNodeView node = chains.node(s.nodeId()).orElse(null);
                if (node == null) {
                    continue;
                }
                ChainGraph graph = chains.graph(node.chainCode());
                double radius = Math.min(MAX_RADIUS_KM, graph.chain().supplyRadiusKm() * 3.0);
                List<PartnerFinder.Candidate> found = s.role() == SegmentRole.BUYS
                        ? finder.suppliers(node, s.longitude(), s.latitude(), radius, enterpriseId)
                        : finder.customers(graph, node, s.longitude(), s.latitude(), radius, enterpriseId);
                found.forEach(c -> best.merge(c.enterpriseId(), c, (a, b) -> a.score() >= b.score() ? a : b));
            }
            return null;
        });
        List<PartnerFinder.Candidate> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(PartnerFinder.Candidate::score).reversed()
                .thenComparingLong(PartnerFinder.Candidate::enterpriseId));
        return named(ranked, limit, index);
    }

    private List<PartnerMatch> named(List<PartnerFinder.Candidate> found, int limit, MatchingIndex index) {
        List<PartnerFinder.Candidate> top = found.subList(0, Math.min(limit, found.size()));
        Map<Long, String> names = enterprises.names(top.stream().map(PartnerFinder.Candidate::enterpriseId).toList());
        List<PartnerMatch> result = new ArrayList<>();
        for (PartnerFinder.Candidate c : top) {
            if (!names.containsKey(c.enterpriseId())) {
                continue;
            }
            result.add(new PartnerMatch(result.size() + 1, c.enterpriseId(), names.get(c.enterpriseId()), c.nodeId(),
                    chains.node(c.nodeId()).map(ChainNodeView::nameZh).orElse(""), c.relation(),
                    index.regionAt(c.region()).code(), c.lng(), c.lat(), c.distanceKm(), EnterpriseTag.of(c.tags()), c.score(),
                    c.factors()));
        }
        return result;
    }

    /** Where an enterprise works: its first located segment, else its HQ region's point. */
    private double[] origin(long enterpriseId) {
        List<LocatedSegment> own = new ArrayList<>();
        enterprises.scanSegmentsOf(enterpriseId, own::add);
        if (!own.isEmpty()) {
            return new double[] {own.getFirst().longitude(), own.getFirst().latitude()};
        }
        RegionView hq = regions.require(enterprises.require(enterpriseId).hqRegionCode());
        return new double[] {hq.longitude(), hq.latitude()};
    }

    private static void radius(Validation v, Double radiusKm) {
        if (radiusKm != null && !(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
            v.reject("radiusKm", radiusKm + " must be greater than 0 and at most " + (int) MAX_RADIUS_KM + " km");
        }
    }
}
