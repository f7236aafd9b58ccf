package org.chainatlas.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Set;

import org.chainatlas.account.CurrentActor;
import org.chainatlas.chain.SegmentClassifier;
import org.chainatlas.enterprise.EnterpriseBrief;
import org.chainatlas.matching.PresenceStatus;
import org.chainatlas.matching.SegmentEvidence;
import org.chainatlas.matching.SegmentPresence;
import org.chainatlas.park.ParkCatalog;
import org.chainatlas.reference.ClusterView;
import org.chainatlas.reference.ReferenceData;
import org.chainatlas.region.Census;
import org.chainatlas.region.GeoPoint;
import org.chainatlas.region.Places;
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

    static final double MAX_RADIUS_KM = org.chainatlas.matching.SiteQuery.MAX_RADIUS_KM;

    private final IndexKeeper keeper;
    private final Chains chains;
    private final Regions regions;
    private final Places places;
    private final EnterpriseCatalog enterprises;
    private final ParkCatalog parks;
    private final ReferenceData reference;
    private final SegmentClassifier classifier;
    private final CurrentActor currentActor;

    MatchingService(IndexKeeper keeper, Chains chains, Regions regions, Places places, EnterpriseCatalog enterprises,
            ParkCatalog parks, ReferenceData reference, SegmentClassifier classifier, CurrentActor currentActor) {
        this.keeper = keeper;
        this.chains = chains;
        this.regions = regions;
        this.places = places;
        this.enterprises = enterprises;
        this.parks = parks;
        this.reference = reference;
        this.classifier = classifier;
        this.currentActor = currentActor;
    }

    @Override
    public SiteRecommendation sites(SiteQuery query) {
        Validation v = new Validation();
        ChainNodeView node = query.nodeId() == null ? null : chains.node(query.nodeId()).orElse(null);
        if (query.nodeId() != null && node == null) {
            v.reject("nodeId", "error.unknownSegment", "unknown segment id " + query.nodeId(), query.nodeId());
        }
        String text = query.industryText() == null || query.industryText().isBlank() ? null : query.industryText().strip();
        if (query.nodeId() == null && text == null) {
            v.reject("nodeId", "error.sites.segmentOrText", "give a segment (nodeId) or a product or industry (industryText)");
        }
        if (text != null && text.length() > 200) {
            v.reject("industryText", "error.atMost", "must be at most 200 characters", 200);
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
                v.reject("provinces[" + i + "]", "error.notProvince", "'" + provinces.get(i) + "' is not a province code", provinces.get(i));
            }
        }
        if (query.homeRegionCode() != null && regions.find(query.homeRegionCode()).isEmpty()) {
            v.reject("homeRegionCode", "error.unknownRegion", "unknown region code '" + query.homeRegionCode() + "'", query.homeRegionCode());
        }
        if (query.anchorsOrEmpty().size() > 20) {
            v.reject("anchorCustomerIds", "error.sites.anchors", "at most 20 anchor customers", 20);
        }
        v.throwIfInvalid();
        if (node == null) {
            node = classifier.phrase(text).stream().filter(m -> m.nodeId() != null && m.confidence() >= SegmentClassifier.ACCEPT)
                    .findFirst().flatMap(m -> chains.node(m.nodeId())).orElse(null);
        }
        ChainGraph graph = node != null ? chains.graph(node.chainCode())
                : classifier.phrase(text).stream().filter(m -> m.confidence() >= SegmentClassifier.ACCEPT).findFirst()
                        .map(m -> chains.graph(m.chainCode())).orElse(null);
        double radius = query.radiusKm() != null ? query.radiusKm() : graph != null ? graph.chain().supplyRadiusKm() : 200;
        List<GeoPoint> own = new ArrayList<>();
        if (query.homeRegionCode() != null) {
            own.add(regions.require(query.homeRegionCode()).point());
        } else if (query.enterpriseId() != null) {
            enterprises.find(query.enterpriseId()).flatMap(e -> regions.find(e.hqRegionCode())).ifPresent(r -> own.add(r.point()));
            enterprises.scanSegmentsOf(query.enterpriseId(), s -> own.add(new GeoPoint(s.longitude(), s.latitude())));
        }
        List<GeoPoint> anchors = new ArrayList<>();
        for (long anchor : query.anchorsOrEmpty()) {
            enterprises.find(anchor).flatMap(e -> regions.find(e.hqRegionCode())).ifPresent(r -> anchors.add(r.point()));
            enterprises.scanSegmentsOf(anchor, s -> anchors.add(new GeoPoint(s.longitude(), s.latitude())));
        }
        Programme programme = graph == null ? Programme.NONE : programme(graph.chain().code());
        SiteScorer.Context context = new SiteScorer.Context(graph, node, text, own, anchors,
                query.enterpriseId() == null ? Set.of() : Set.of(query.enterpriseId()), programme.cities(), programme.provinces(),
                workingAge(), programme.named());
        SiteQuery effective = new SiteQuery(node == null ? null : node.id(), text, query.investmentCny(), query.landMu(),
                query.energyMwh(), provinces, query.otherProvinces(), radius, weights, query.enterpriseId(), query.homeRegionCode(),
                query.anchorCustomerIds(), query.limit());
        MatchingIndex index = keeper.current();
        int[] candidates = new int[1];
        List<RankedSite> sites = index.read(() -> {
            SiteScorer scorer = new SiteScorer(index, context);
            candidates[0] = scorer.candidates(effective).size();
            return scorer.score(effective, radius);
        });
        return new SiteRecommendation(node == null ? null : node.id(), graph == null ? null : graph.chain().code(),
                node == null ? null : node.nameZh(), text, radius, weights, candidates[0], sites, SOURCES);
    }

    static final List<String> SOURCES = List.of(org.chainatlas.matching.Sources.ZONES, org.chainatlas.matching.Sources.COMPANIES,
            org.chainatlas.matching.Sources.CENSUS, org.chainatlas.matching.Sources.CHAIN_CHIEFS, org.chainatlas.matching.Sources.CLUSTERS);

    /** Cities and provinces with a national advanced manufacturing cluster whose industry is of the chain. */
    record Programme(Set<String> cities, Set<String> provinces, Map<String, List<SiteScorer.Cluster>> named) {
        static final Programme NONE = new Programme(Set.of(), Set.of(), Map.of());
    }

    private final Map<String, Programme> programmes = new java.util.concurrent.ConcurrentHashMap<>();

    Programme programme(String chainCode) {
        return programmes.computeIfAbsent(chainCode, code -> {
            Set<String> cities = new java.util.HashSet<>();
            Set<String> provinceCodes = new java.util.HashSet<>();
            Map<String, List<SiteScorer.Cluster>> named = new java.util.TreeMap<>();
            for (ClusterView c : reference.clusters(null)) {
                boolean ofChain = classifier.phrase(c.industryZh()).stream()
                        .anyMatch(m -> m.chainCode().equals(code) && m.confidence() >= SegmentClassifier.ACCEPT);
                if (!ofChain) {
                    continue;
                }
                SiteScorer.Cluster cluster = new SiteScorer.Cluster(c.nameZh(), c.batchYear());
                for (String r : c.regionCodes()) {
                    if (r.endsWith("0000") && !regions.children(r).isEmpty()) {
                        provinceCodes.add(r.substring(0, 2));
                        named.computeIfAbsent(r.substring(0, 2), k -> new ArrayList<>()).add(cluster);
                    } else {
                        cities.add(r);
                        named.computeIfAbsent(r, k -> new ArrayList<>()).add(cluster);
                    }
                }
            }
            return new Programme(Set.copyOf(cities), Set.copyOf(provinceCodes), Map.copyOf(named));
        });
    }

    private volatile Map<String, Long> workingAge;

    /** Working-age population (census 2020) per region code. */
    Map<String, Long> workingAge() {
        Map<String, Long> current = workingAge;
        if (current == null) {
            Map<String, Long> map = new HashMap<>();
            for (RegionView r : regions.all()) {
                places.census(r.code()).map(Census::workingAge2020).ifPresent(n -> map.put(r.code(), n));
            }
            current = Map.copyOf(map);
            workingAge = current;
        }
        return current;
    }

    @Override
    public SiteRecommendation sitesForNeed(long needId, Double radiusKm, Weights weights, boolean otherProvinces) {
        NeedView need = enterprises.need(needId).orElseThrow(() -> new NotFound("need", needId));
        if (need.kind() != NeedKind.EXPANSION) {
            throw InvalidInput.coded("need", "error.sitesForExpansion", "sites are recommended for expansion needs; this is a " + need.kind() + " need");
        }
        return sites(new SiteQuery(need.nodeId(), null, need.investmentCny(), need.landMu(), need.energyMwh(),
                need.preferredProvinces(), otherProvinces, radiusKm, weights, need.enterpriseId(), null, null, 20));
    }

    @Override
    public SegmentPresence presence(String chainCode, String regionCode) {
        Validation v = new Validation();
        RegionView region = regionCode == null ? null : regions.find(regionCode).orElse(null);
        if (region == null) {
            v.reject("region", "error.unknownRegion", "unknown region code '" + regionCode + "'", String.valueOf(regionCode));
        }
        if (chainCode == null || chains.find(chainCode).isEmpty()) {
            v.reject("chain", "error.unknownChain", "unknown chain '" + chainCode + "'", String.valueOf(chainCode));
        }
        v.throwIfInvalid();
        ChainGraph graph = chains.graph(chainCode);
        boolean province = region.level() == RegionLevel.PROVINCE && !regions.children(region.code()).isEmpty();
        double presentAt = province ? SegmentPresence.PROVINCE_PRESENT_AT : SegmentPresence.CITY_PRESENT_AT;
        MatchingIndex index = keeper.current();
        String prefix = region.codePrefix();
        return index.read(() -> {
            java.util.function.IntPredicate inRegion = r -> index.regionAt(r).code().startsWith(prefix);
            List<SegmentPresence.Segment> segments = new ArrayList<>();
            int[] tally = new int[3];
            for (ChainNodeView n : graph.nodes()) {
                Evidence e = Evidence.of(index, n.id(), inRegion, Set.of());
                PresenceStatus status = SegmentPresence.classify(e.total(), presentAt);
                tally[status.ordinal()]++;
                segments.add(new SegmentPresence.Segment(n.id(), n.code(), e.enterprises(), e.enterpriseWeight(), e.zones(),
                        e.zoneWeight(), Evidence.round(e.total()), status));
            }
            // the catalogue's zones by their leading industries; a park a locality registered by the chains it listed
            int chainZones = (int) index.parks().stream().filter(p -> inRegion.test(p.region()))
                    .filter(p -> (p.catalogueCode() == null && p.chains().contains(chainCode))
                            || p.industries().stream().anyMatch(i -> i.chainCode().equals(chainCode)
                            && i.confidence() >= SegmentClassifier.ACCEPT)).count();
            return new SegmentPresence(chainCode, region.code(), region.nameZh(), region.nameEn(), presentAt, segments, tally[0],
                    tally[1], tally[2], chainZones, SOURCES.subList(0, 2));
        });
    }

    @Override
    public Map<String, Integer> producersByCity(long nodeId, Long exclude) {
        MatchingIndex index = keeper.current();
        return index.read(() -> {
            Map<String, Set<Long>> byCity = new HashMap<>();
            SegmentPoints points = index.producers(nodeId);
            if (points != null) {
                points.forEachIn(r -> true, (e, lng, lat, tags, r, weight, d) -> {
                    if (exclude == null || e != exclude) {
                        byCity.computeIfAbsent(index.regionAt(r).code(), k -> new java.util.HashSet<>()).add(e);
                    }
                });
            }
            Map<String, Integer> counts = new HashMap<>();
            byCity.forEach((city, set) -> counts.put(city, set.size()));
            return counts;
        });
    }

    @Override
    public SegmentEvidence evidence(String chainCode, String nodeCode, String regionCode) {
        SegmentPresence presence = presence(chainCode, regionCode);
        ChainNodeView node = chains.nodes(chainCode).stream().filter(n -> n.code().equals(nodeCode)).findFirst()
                .orElseThrow(() -> new NotFound("segment", chainCode + "/" + nodeCode));
        RegionView region = regions.require(regionCode);
        String prefix = region.codePrefix();
        MatchingIndex index = keeper.current();
        Map<Long, double[]> producers = new LinkedHashMap<>();
        Map<Long, String> siteOf = new HashMap<>();
        List<SegmentEvidence.Zone> zones = new ArrayList<>();
        index.read(() -> {
            SegmentPoints points = index.producers(node.id());
            if (points != null) {
                points.forEachIn(r -> index.regionAt(r).code().startsWith(prefix), (e, lng, lat, tags, r, weight, d) -> {
                    double[] best = producers.get(e);
                    if (best == null || weight > best[0]) {
                        producers.put(e, new double[] {weight});
                        siteOf.put(e, index.regionAt(r).code());
                    }
                });
            }
            for (MatchingIndex.ZoneMatch match : index.zones(node.id())) {
                MatchingIndex.ParkRow p = match.park();
                double c = match.confidence();
                if (p.regionCode().startsWith(prefix)) {
                    String phrase = p.industries().stream().filter(i -> i.nodeId() != null && i.nodeId() == node.id())
                            .map(org.chainatlas.park.ParkView.Industry::phrase).findFirst().orElse(null);
                    zones.add(new SegmentEvidence.Zone(p.id(), p.nameZh(), p.regionCode(), phrase, Evidence.round(c), p.catalogueCode()));
                }
            }
            return null;
        });
        Map<Long, EnterpriseBrief> briefs = enterprises.briefs(producers.keySet());
        Map<Long, String> why = enterprises.producingEvidence(node.id(), siteOf);
        List<SegmentEvidence.Producer> list = new ArrayList<>();
        producers.forEach((id, w) -> {
            EnterpriseBrief b = briefs.get(id);
            if (b != null) {
                list.add(new SegmentEvidence.Producer(id, b.nameZh(), siteOf.get(id), Evidence.round(w[0]), b.revenueCny(),
                        b.revenueYear(), b.stockCode(), why.get(id)));
            }
        });
        list.sort(Comparator.comparingDouble(SegmentEvidence.Producer::weight).reversed().thenComparingLong(SegmentEvidence.Producer::enterpriseId));
        zones.sort(Comparator.comparingDouble(SegmentEvidence.Zone::confidence).reversed().thenComparingLong(SegmentEvidence.Zone::parkId));
        SegmentPresence.Segment segment = presence.segments().stream().filter(s -> s.nodeCode().equals(nodeCode)).findFirst().orElseThrow();
        // key projects published in the segment there; a demo one (（演示）, invented for the demo) is no evidence of anything:
        // it is counted, not listed, and the opportunity list shows it as what it is
        List<org.chainatlas.park.OpportunityView> published = new ArrayList<>();
        int demo = 0;
        for (org.chainatlas.park.OpportunityView o : parks.opportunities(new org.chainatlas.park.OpportunityFilter(region.code(),
                chainCode, node.id(), null, null, null, null, null, null, 0, 50)).content()) {
            if (o.demo()) {
                demo++;
            } else {
                published.add(o);
            }
        }
        return new SegmentEvidence(chainCode, nodeCode, node.nameZh(), node.nameEn(), region.code(), segment, presence.presentAt(), list,
                zones, published, demo, SOURCES.subList(0, 2));
    }

    @Override
    public GapAnalysis gaps(String regionCode, String chainCode, int targetsPerGap) {
        Validation v = new Validation();
        RegionView region = regionCode == null ? null : regions.find(regionCode).orElse(null);
        if (region == null) {
            v.reject("region", "error.unknownRegion", "unknown region code '" + regionCode + "'", String.valueOf(regionCode));
        }
        if (chainCode == null || chains.find(chainCode).isEmpty()) {
            v.reject("chain", "error.unknownChain", "unknown chain '" + chainCode + "'", String.valueOf(chainCode));
        }
        if (targetsPerGap < 1 || targetsPerGap > 100) {
            v.reject("targets", "error.between", "must be between 1 and 100", 1, 100);
        }
        v.throwIfInvalid();
        ChainGraph graph = chains.graph(chainCode);
        boolean needsVisible = currentActor.get().map(a -> a.organises(region.provinceCode())).orElse(false);
        MatchingIndex index = keeper.current();
        // ranked with room to spare: a company delisted since (华泽钴镍, 2019) is no target to court, and is left out after
        int ranked = Math.min(200, targetsPerGap * 2);
        GapAnalyser.Result result = index.read(() -> new GapAnalyser(index).analyse(region, graph, ranked, needsVisible));
        List<Long> ids = result.targets().values().stream().flatMap(List::stream).map(GapAnalyser.Target::enterpriseId)
                .distinct().toList();
        Map<Long, EnterpriseBrief> briefs = enterprises.briefs(ids);
        Map<Long, List<TargetEnterprise>> targets = new LinkedHashMap<>();
        result.targets().forEach((node, list) -> targets.put(node, list.stream()
                .filter(t -> briefs.containsKey(t.enterpriseId()) && !briefs.get(t.enterpriseId()).delisted())
                .limit(targetsPerGap)
                .map(t -> view(t, briefs.get(t.enterpriseId()), index)).toList()));
        return new GapAnalysis(region.code(), chainCode, result.peers(), result.segments(), targets, needsVisible, SOURCES.subList(0, 2));
    }

    private static TargetEnterprise view(GapAnalyser.Target t, EnterpriseBrief b, MatchingIndex index) {
        List<String> sites = t.sites().stream().map(r -> index.regionAt(r).code()).sorted().toList();
        return new TargetEnterprise(t.enterpriseId(), b.nameZh(), index.regionAt(t.region()).code(), t.distanceKm(),
                EnterpriseTag.of(t.tags()), t.score(), t.factors(), sites, b.revenueCny(), b.revenueYear(), b.stockCode());
    }

    @Override
    public PartnerResult partnersForNeed(long needId, Double radiusKm, int limit) {
        NeedView need = enterprises.need(needId).orElseThrow(() -> new NotFound("need", needId));
        Validation v = new Validation();
        if (need.kind() == NeedKind.EXPANSION) {
            v.reject("need", "error.partnersForExpansion", "partners are matched for supplier or customer needs; use site recommendation for expansion");
        }
        radius(v, radiusKm);
        if (limit < 1 || limit > 500) {
            v.reject("limit", "error.between", "must be between 1 and 500", 1, 500);
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
            v.reject("radiusKm", "error.radius", radiusKm + " must be greater than 0 and at most " + (int) MAX_RADIUS_KM + " km",
                    String.valueOf(radiusKm), (int) MAX_RADIUS_KM);
        }
    }
}
