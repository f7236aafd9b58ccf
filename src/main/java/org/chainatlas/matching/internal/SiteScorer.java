package org.chainatlas.matching.internal;

import static org.chainatlas.platform.web.Localized.pick;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.chain.SupplyEdgeView;
import org.chainatlas.matching.FactorScore;
import org.chainatlas.matching.RankedSite;
import org.chainatlas.matching.SiteFactor;
import org.chainatlas.matching.SiteQuery;
import org.chainatlas.matching.Weights;
import org.chainatlas.park.ParkView;
import org.chainatlas.region.GeoPoint;

/**
 * Scores every candidate zone for a site query on real data only (see {@link SiteFactor}). Each factor is a value in
 * 0–1; the score is Σ value × weight ÷ Σ weights × 100, and each factor's contribution is reported with the figures
 * it rests on, so the explanation adds up to the score. Counts within the radius are relative to the best candidate
 * (log scale). Land, cost and opportunity count only where a locality entered the figure or published a project.
 */
final class SiteScorer {

    /** The provinces of the central, western and north-eastern regions (国家产业转移指导目录: the transfer destinations). */
    static final Set<String> TRANSFER_PROVINCES = Set.of("14", "34", "36", "41", "42", "43", "15", "45", "50", "51", "52", "53",
            "54", "61", "62", "63", "64", "65", "21", "22", "23");
    /** Distance at which nearness to the enterprise's own sites has fallen to 1/e. */
    static final double PROXIMITY_KM = 800;

    /** What the scorer needs besides the index: the context of the query, prepared by the service. */
    record Context(ChainGraph graph, ChainNodeView node, String industryText, List<GeoPoint> own, List<GeoPoint> anchors,
            Set<Long> exclude, Set<String> programmeCities, Set<String> programmeProvinces, Map<String, Long> workingAge,
            Map<String, List<Cluster>> programmeNames) {
    }

    /** A national advanced manufacturing cluster as a factor names it: its name and the batch it was listed in. */
    record Cluster(String nameZh, int batchYear) {
    }

    /** The clusters of a place, said in the reader's language (the names quoted as the ministry's list has them). */
    private static String clusters(List<Cluster> list) {
        if (list == null || list.isEmpty()) {
            return "";
        }
        return org.chainatlas.platform.web.Localized.english() ? list.stream().map(c -> "“" + c.nameZh() + "” (" + c.batchYear() + ")").collect(java.util.stream.Collectors.joining(", "))
                : list.stream().map(c -> c.nameZh() + "（" + c.batchYear() + "）").collect(java.util.stream.Collectors.joining("、"));
    }

    private record Edge(long nodeId, String name, double weight) {
    }

    private final MatchingIndex index;
    private final Context context;

    SiteScorer(MatchingIndex index, Context context) {
        this.index = index;
        this.context = context;
    }

    /** The parks a query ranks: all, or those in its provinces. */
    List<MatchingIndex.ParkRow> candidates(SiteQuery query) {
        Set<String> provinces = query.otherProvinces() ? Set.of()
                : Set.copyOf(query.provincesOrEmpty().stream().map(p -> p.substring(0, 2)).toList());
        return index.parks().stream()
                .filter(p -> provinces.isEmpty() || provinces.contains(p.regionCode().substring(0, 2))).toList();
    }

    List<RankedSite> score(SiteQuery query, double radiusKm) {
        ChainNodeView node = context.node();
        ChainGraph graph = context.graph();
        List<Edge> upstream = new ArrayList<>();
        List<Edge> downstream = new ArrayList<>();
        Set<Long> neighbours = new HashSet<>();
        if (node != null) {
            Map<String, ChainNodeView> byCode = new HashMap<>();
            graph.nodes().forEach(n -> byCode.put(n.code(), n));
            for (SupplyEdgeView e : graph.edges()) {
                if (e.to().equals(node.code())) {
                    ChainNodeView u = byCode.get(e.from());
                    upstream.add(new Edge(u.id(), u.name(), e.weight()));
                    neighbours.add(u.id());
                } else if (e.from().equals(node.code())) {
                    ChainNodeView d = byCode.get(e.to());
                    downstream.add(new Edge(d.id(), d.name(), e.weight()));
                    neighbours.add(d.id());
                }
            }
        }
        List<MatchingIndex.ParkRow> candidates = candidates(query);
        int n = candidates.size();
        // Evidence per region index: this segment, the chain's other segments; then per city and per province.
        double[] citySegment = new double[index.regionCount()];
        double[] cityChain = new double[index.regionCount()];
        Map<String, Double> provinceChain = new HashMap<>();
        if (graph != null) {
            for (ChainNodeView x : graph.nodes()) {
                double[] e = RegionEvidence.perRegion(index, x.id(), context.exclude());
                for (int r = 0; r < e.length; r++) {
                    if (node != null && x.id() == node.id()) {
                        citySegment[r] += e[r];
                    } else {
                        cityChain[r] += e[r];
                    }
                    if (e[r] > 0) {
                        provinceChain.merge(index.regionAt(r).provinceCode(), e[r], Double::sum);
                    }
                }
            }
        }
        double[] cityValue = new double[index.regionCount()];
        for (int r = 0; r < cityValue.length; r++) {
            cityValue[r] = citySegment[r] + cityChain[r] / 3;
        }
        double maxCity = max(cityValue);
        double maxProvince = provinceChain.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double[] supply = new double[n];
        double[] demand = new double[n];
        double[] labour = new double[n];
        for (int i = 0; i < n; i++) {
            MatchingIndex.ParkRow p = candidates.get(i);
            if (node != null) {
                for (Edge e : upstream) {
                    supply[i] += e.weight() * within(index.producers(e.nodeId()), p, radiusKm)[1];
                }
                for (Edge e : downstream) {
                    demand[i] += e.weight() * within(index.producers(e.nodeId()), p, radiusKm)[1];
                }
                demand[i] += within(index.buyers(node.id()), p, radiusKm)[1];
            }
            Long people = context.workingAge().get(p.regionCode());
            labour[i] = people == null ? 0 : people;
        }
        double maxSupply = max(supply);
        double maxDemand = max(demand);
        double maxLabour = max(labour);
        double minLabour = java.util.Arrays.stream(labour).filter(x -> x > 0).min().orElse(0);
        double[] landPrices = candidates.stream().mapToDouble(p -> p.landPrice() == null ? Double.NaN : p.landPrice()).toArray();
        double[] power = candidates.stream().mapToDouble(p -> p.electricity() == null ? Double.NaN : p.electricity()).toArray();
        double[] wages = candidates.stream().mapToDouble(p -> p.wage() == null ? Double.NaN : p.wage()).toArray();
        double[] landRange = range(landPrices);
        double[] powerRange = range(power);
        double[] wageRange = range(wages);
        double powerShare = query.energyMwh() != null && query.energyMwh() >= 50_000 ? 0.6 : 0.4;
        Weights w = query.weights();
        double sum = w.sum();
        SiteFactor[] factors = SiteFactor.values();
        double[][] values = new double[n][];
        double[] scores = new double[n];
        Fit[] fits = new Fit[n];
        for (int i = 0; i < n; i++) {
            MatchingIndex.ParkRow p = candidates.get(i);
            fits[i] = fit(p, neighbours);
            double[] v = new double[factors.length];
            v[SiteFactor.FIT.ordinal()] = fits[i].value();
            v[SiteFactor.CLUSTER.ordinal()] = p.region() < 0 ? 0 : normalise(cityValue[p.region()], maxCity);
            v[SiteFactor.REGION.ordinal()] = normalise(provinceChain.getOrDefault(p.regionCode().substring(0, 2) + "0000", 0.0), maxProvince);
            v[SiteFactor.SUPPLIERS.ordinal()] = normalise(supply[i], maxSupply);
            v[SiteFactor.CUSTOMERS.ordinal()] = normalise(demand[i], maxDemand);
            v[SiteFactor.POLICY.ordinal()] = policy(p)[0];
            v[SiteFactor.PROGRAMME.ordinal()] = programme(p);
            v[SiteFactor.LEVEL.ordinal()] = level(p);
            v[SiteFactor.LABOUR.ordinal()] = labour[i] <= 0 || maxLabour <= minLabour ? 0
                    : (Math.log(labour[i]) - Math.log(minLabour)) / (Math.log(maxLabour) - Math.log(minLabour));
            v[SiteFactor.PROXIMITY.ordinal()] = proximity(p);
            v[SiteFactor.TRANSFER_REGION.ordinal()] = TRANSFER_PROVINCES.contains(p.regionCode().substring(0, 2)) ? 1 : 0;
            v[SiteFactor.LAND.ordinal()] = land(p, query.landMu());
            v[SiteFactor.COST.ordinal()] = cost(i, power, landPrices, wages, powerRange, landRange, wageRange, powerShare);
            v[SiteFactor.OPPORTUNITY.ordinal()] = opportunity(p);
            values[i] = v;
            double score = 0;
            for (SiteFactor f : factors) {
                score += contribution(v[f.ordinal()], w.get(f), sum);
            }
            scores[i] = score;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a])
                : Long.compare(candidates.get(a).id(), candidates.get(b).id()));
        int limit = Math.max(1, Math.min(query.limit() <= 0 ? 20 : query.limit(), 5000));
        List<RankedSite> ranked = new ArrayList<>(Math.min(limit, n));
        String km = Math.round(radiusKm) + " km";
        for (int r = 0; r < n && r < limit; r++) {
            int i = order[r];
            MatchingIndex.ParkRow p = candidates.get(i);
            double[] v = values[i];
            List<FactorScore> list = new ArrayList<>(factors.length);
            Map<SiteFactor, String> words = new EnumMap<>(SiteFactor.class);
            words.put(SiteFactor.FIT, fits[i].detail());
            double cs = p.region() < 0 ? 0 : citySegment[p.region()];
            double cc = p.region() < 0 ? 0 : cityChain[p.region()];
            words.put(SiteFactor.CLUSTER, graph == null ? pick("未对应到产业链，不计", "no chain recognised: not counted")
                    : pick("本市本环节证据 " + round(cs) + "、本链其他环节证据 " + round(cc) + "（上市公司所在地与生产基地按营收加权，开发区主导产业）",
                            "the city's evidence in this segment " + round(cs) + ", in the chain's other segments " + round(cc)
                                    + " (listed companies' seats and plants weighted by revenue, zones' leading industries)"));
            words.put(SiteFactor.REGION, graph == null ? pick("未对应到产业链，不计", "no chain recognised: not counted")
                    : pick("本省本产业链证据 " + round(provinceChain.getOrDefault(p.regionCode().substring(0, 2) + "0000", 0.0)),
                            "the province's evidence in this chain " + round(provinceChain.getOrDefault(p.regionCode().substring(0, 2) + "0000", 0.0))));
            words.put(SiteFactor.SUPPLIERS, node == null ? pick("未指定产业链环节，不计", "no chain segment given: not counted")
                    : near(upstream, p, radiusKm, pick("半径 " + km + " 内上游：", "upstream within " + km + ": ")));
            words.put(SiteFactor.CUSTOMERS, node == null ? pick("未指定产业链环节，不计", "no chain segment given: not counted")
                    : near(downstream, p, radiusKm, pick("半径 " + km + " 内下游：", "downstream within " + km + ": ")));
            words.put(SiteFactor.POLICY, policyDetail(policy(p)));
            // the cluster named with its batch year (工业和信息化部 list), not only "a cluster"
            String inCity = clusters(context.programmeNames().get(p.regionCode()));
            String inProvince = clusters(context.programmeNames().get(p.regionCode().substring(0, 2)));
            words.put(SiteFactor.PROGRAMME, v[SiteFactor.PROGRAMME.ordinal()] >= 1
                    ? pick("所在城市有本产业的国家先进制造业集群：" + inCity, "a national advanced manufacturing cluster of this industry in the city: " + inCity)
                    : v[SiteFactor.PROGRAMME.ordinal()] > 0 ? pick("所在省份有本产业的国家先进制造业集群：" + inProvince,
                            "a national advanced manufacturing cluster of this industry in the province: " + inProvince)
                    : pick("无本产业的国家先进制造业集群", "no national advanced manufacturing cluster of this industry"));
            words.put(SiteFactor.LEVEL, levelDetail(p));
            Long people = context.workingAge().get(p.regionCode());
            words.put(SiteFactor.LABOUR, people == null ? pick("无普查数据", "no census figure")
                    : pick("所在城市 15–59 岁人口 " + Math.round(people / 1e4) + " 万（2020 年人口普查）",
                            Math.round(people / 1e4) + "0k people aged 15–59 in the city (census 2020)"));
            words.put(SiteFactor.PROXIMITY, proximityDetail(p));
            words.put(SiteFactor.TRANSFER_REGION, v[SiteFactor.TRANSFER_REGION.ordinal()] > 0
                    ? pick("位于中西部或东北地区（产业转移承接地区）", "in the central, western or north-eastern regions (transfer destinations)")
                    : pick("位于东部地区", "in the eastern region"));
            words.put(SiteFactor.LAND, landDetail(p, query.landMu()));
            words.put(SiteFactor.COST, costDetail(p, powerShare));
            words.put(SiteFactor.OPPORTUNITY, v[SiteFactor.OPPORTUNITY.ordinal()] >= 1 ? pick("园区发布了本环节的重点项目", "the zone lists key projects in this segment")
                    : v[SiteFactor.OPPORTUNITY.ordinal()] > 0 ? pick("园区发布了本产业链其他环节的重点项目", "the zone lists key projects in other segments of this chain")
                    : pick("未发布相关重点项目", "no related key projects published"));
            for (SiteFactor f : factors) {
                list.add(factor(f.key(), v[f.ordinal()], w.get(f), sum, words.get(f)));
            }
            ranked.add(new RankedSite(r + 1, p.id(), p.nameZh(), p.regionCode(), p.lng(), p.lat(), round(scores[i]), list, p.exact(),
                    p.national(), p.catalogueCode()));
        }
        return ranked;
    }

    private double[] within(SegmentPoints points, MatchingIndex.ParkRow p, double radiusKm) {
        return points == null ? new double[2] : points.within(p.lng(), p.lat(), radiusKm, context.exclude());
    }

    /** How well a zone's leading industries fit what is to be made, and the words for it. */
    record Fit(double value, String detail) {
    }

    Fit fit(MatchingIndex.ParkRow p, Set<Long> neighbours) {
        ChainNodeView node = context.node();
        String chain = context.graph() == null ? null : context.graph().chain().code();
        double best = 0;
        String why = null;
        if (node != null && p.nodes().contains(node.id()) && enteredByLocality(p, node.id(), null)) {
            return new Fit(1, pick("园区登记的主导环节包含本环节", "the zone lists this segment as a leading one"));
        }
        for (ParkView.Industry i : p.industries()) {
            double v = 0;
            String kind = null;
            if (node != null && i.nodeId() != null && i.nodeId() == node.id()) {
                v = i.confidence();
                kind = pick("本环节", "this segment");
            } else if (chain != null && chain.equals(i.chainCode()) && i.nodeId() == null) {
                v = 0.6 * i.confidence();
                kind = pick("本产业链", "this chain");
            } else if (i.nodeId() != null && neighbours.contains(i.nodeId())) {
                v = 0.5 * i.confidence();
                kind = pick("上下游环节", "a supplying or supplied segment");
            } else if (chain != null && chain.equals(i.chainCode())) {
                v = 0.35 * i.confidence();
                kind = pick("本产业链其他环节", "another segment of this chain");
            }
            if (v > best) {
                best = v;
                why = pick("主导产业“" + i.phrase() + "”对应" + kind + "（置信度 " + round(i.confidence()) + "）",
                        "leading industry “" + i.phrase() + "” names " + kind + " (confidence " + round(i.confidence()) + ")");
            }
        }
        boolean entered = false;
        if (chain != null && best < 0.7 && p.chains().contains(chain) && enteredByLocality(p, null, chain)) {
            best = 0.7;
            why = pick("园区登记的主导产业链包含本产业链", "the zone lists this chain as a leading one");
            entered = true;
        }
        if (context.industryText() != null && p.leadingIndustriesZh() != null) {
            for (String phrase : p.leadingIndustriesZh().split("[、，,;；/\\s]+")) {
                double v = similarity(phrase.strip(), context.industryText());
                if (v > best) {
                    best = v;
                    entered = false;
                    why = pick("主导产业“" + phrase.strip() + "”与“" + context.industryText() + "”相近（" + round(v) + "）",
                            "leading industry “" + phrase.strip() + "” is close to “" + context.industryText() + "” (" + round(v) + ")");
                }
            }
        }
        if (why == null) {
            why = p.leadingIndustriesZh() == null ? pick("无主导产业记录", "no leading industries on record")
                    : pick("主导产业“" + p.leadingIndustriesZh() + "”与本环节无关", "leading industries “" + p.leadingIndustriesZh() + "” do not name it");
        } else if (entered && p.catalogueCode() != null) {
            why += pick("（所在地登记）", " (entered by its locality)");
        } else if (p.catalogueCode() != null) {
            why += pick("；来源：开发区目录（2018）", "; source: zone catalogue (2018)");
        }
        return new Fit(Math.min(1, best), why);
    }

    /**
     * Whether a zone's leading segment (or chain) is the locality's entry: every one of a registered park's, and those a
     * locality added to a catalogue zone — the catalogue's own are scored by their phrase's confidence above, however the
     * zone's list was saved since.
     */
    static boolean enteredByLocality(MatchingIndex.ParkRow p, Long nodeId, String chain) {
        if (p.catalogueCode() == null) {
            return true;
        }
        for (org.chainatlas.park.ParkView.Industry i : p.industries()) {
            if (nodeId != null ? nodeId.equals(i.nodeId()) : chain.equals(i.chainCode())) {
                return false;
            }
        }
        return true;
    }

    /**
     * How close a zone's leading-industry phrase is to a product or industry text: 1 when one contains the other,
     * else the Dice coefficient of their character bigrams.
     */
    static double similarity(String phrase, String text) {
        if (phrase.length() < 2 || text == null || text.length() < 2) {
            return 0;
        }
        if (text.contains(phrase) || phrase.contains(text)) {
            return 1;
        }
        Set<String> a = bigrams(phrase);
        Set<String> b = bigrams(text);
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    /** [value, kind]: 1 primary host, 0.6 collaborating, 0.3 a province with a chain-chief system for the chain. */
    private double[] policy(MatchingIndex.ParkRow p) {
        if (context.graph() == null) {
            return new double[] {0, 0};
        }
        double value = 0;
        double kind = 0;
        for (GovernanceView g : context.graph().governance()) {
            if (g.primaryHostCodes().contains(p.regionCode())) {
                value = 1;
                kind = 4;
            } else if (g.collaboratingCodes().contains(p.regionCode())) {
                if (value < 0.6) {
                    value = 0.6;
                    kind = 3;
                }
            } else if (g.provinceCode().substring(0, 2).equals(p.regionCode().substring(0, 2)) && value < 0.3) {
                value = 0.3;
                kind = 1;
            }
        }
        return new double[] {value, kind};
    }

    private static String policyDetail(double[] policy) {
        return switch ((int) policy[1]) {
            case 4 -> pick("链长制主要承载地", "primary host of the chain-chief system");
            case 3 -> pick("链长制协同发展地", "collaborating locality of the chain-chief system");
            case 1 -> pick("所在省份实行该链链长制", "the province runs a chain-chief system for this chain");
            default -> pick("非该链链长制承载地", "not a designated host of this chain");
        };
    }

    private double programme(MatchingIndex.ParkRow p) {
        if (context.programmeCities().contains(p.regionCode())) {
            return 1;
        }
        return context.programmeProvinces().contains(p.regionCode().substring(0, 2)) ? 0.5 : 0;
    }

    /** National zone 0.7, provincial 0.35, any other 0; plus 0.3 × approved area as a share of 3,000 ha (capped). */
    static double level(MatchingIndex.ParkRow p) {
        double base = p.national() ? 0.7 : p.provincial() ? 0.35 : 0;
        return base + (p.areaHa() == null || p.areaHa() <= 0 ? 0 : 0.3 * Math.min(1, p.areaHa() / 3000));
    }

    private static String levelDetail(MatchingIndex.ParkRow p) {
        String level = p.national() ? pick("国家级开发区", "national zone") : p.provincial() ? pick("省级开发区", "provincial zone")
                : pick("其他园区", "other park");
        return p.areaHa() == null ? level : level + pick("，核准面积 " + Math.round(p.areaHa()) + " 公顷（目录 2018）",
                ", approved area " + Math.round(p.areaHa()) + " ha (catalogue 2018)");
    }

    private double proximity(MatchingIndex.ParkRow p) {
        double own = nearness(p, context.own());
        double anchors = nearness(p, context.anchors());
        if (context.anchors().isEmpty()) {
            return own;
        }
        return context.own().isEmpty() ? anchors : (own + anchors) / 2;
    }

    private static double nearness(MatchingIndex.ParkRow p, List<GeoPoint> points) {
        if (points.isEmpty()) {
            return 0;
        }
        return Math.exp(-nearestKm(p, points) / PROXIMITY_KM);
    }

    private static double nearestKm(MatchingIndex.ParkRow p, List<GeoPoint> points) {
        double best = Double.MAX_VALUE;
        for (GeoPoint g : points) {
            best = Math.min(best, ChinaGrid.km(p.lng(), p.lat(), g.longitude(), g.latitude()));
        }
        return best;
    }

    private String proximityDetail(MatchingIndex.ParkRow p) {
        if (context.own().isEmpty() && context.anchors().isEmpty()) {
            return pick("未提供企业所在地与客户，不计", "no home, plants or customers given: not counted");
        }
        StringBuilder s = new StringBuilder();
        if (!context.own().isEmpty()) {
            s.append(pick("距企业总部或现有工厂 " + Math.round(nearestKm(p, context.own())) + " km",
                    Math.round(nearestKm(p, context.own())) + " km from the enterprise's home or plants"));
        }
        if (!context.anchors().isEmpty()) {
            s.append(s.isEmpty() ? "" : pick("；", "; ")).append(pick("距主要客户工厂 " + Math.round(nearestKm(p, context.anchors())) + " km",
                    Math.round(nearestKm(p, context.anchors())) + " km from the anchor customers' plants"));
        }
        return s.toString();
    }

    private double opportunity(MatchingIndex.ParkRow p) {
        Set<Long> opportunities = index.openOpportunityNodes(p.id());
        if (context.node() != null && opportunities.contains(context.node().id())) {
            return 1;
        }
        if (context.graph() == null) {
            return 0;
        }
        for (ChainNodeView x : context.graph().nodes()) {
            if (opportunities.contains(x.id())) {
                return 0.5;
            }
        }
        return 0;
    }

    /** Costs entered by localities, lower is better relative to the other candidates; 0 when nothing was entered. */
    private static double cost(int i, double[] power, double[] land, double[] wages, double[] powerRange, double[] landRange,
            double[] wageRange, double powerShare) {
        double otherShare = (1 - powerShare) / 2;
        return powerShare * relativeLow(power, i, powerRange) + otherShare * relativeLow(land, i, landRange)
                + otherShare * relativeLow(wages, i, wageRange);
    }

    private static String costDetail(MatchingIndex.ParkRow p, double powerShare) {
        if (p.landPrice() == null && p.electricity() == null && p.wage() == null) {
            return pick("园区未填报地价、电价、工资：不计分（不作估计）", "the zone entered no land price, power price or wage: not scored (never estimated)");
        }
        String none = pick("未填报", "not entered");
        return pick("地价 ", "land ") + (p.landPrice() == null ? none : Math.round(p.landPrice() / 1e4) + pick("万元/亩", "×10k CNY/mu"))
                + pick("，电价 ", ", power ") + (p.electricity() == null ? none : p.electricity() + pick("元/千瓦时", " CNY/kWh"))
                + pick("，工资 ", ", wage ") + (p.wage() == null ? none : p.wage() + pick("元/月", " CNY/month"))
                + pick("（园区填报；越低越好，与候选园区比较；电价占 " + Math.round(powerShare * 100) + "%）",
                        " (entered by the zone; lower is better, compared with the other candidates; power weighs "
                                + Math.round(powerShare * 100) + "%)");
    }

    private static double land(MatchingIndex.ParkRow p, Double need) {
        if (p.availableLandMu() == null) {
            return 0;
        }
        if (need == null || need <= 0) {
            return p.availableLandMu() > 0 ? 1 : 0;
        }
        return Math.min(1, p.availableLandMu() / need);
    }

    private static String landDetail(MatchingIndex.ParkRow p, Double need) {
        if (p.availableLandMu() == null) {
            return pick("园区未填报可用地：不计分", "the zone entered no available land: not scored");
        }
        String available = pick("园区填报可用地 " + Math.round(p.availableLandMu()) + " 亩", Math.round(p.availableLandMu()) + " mu available (entered by the zone)");
        return need == null ? available : available + pick("，需 " + Math.round(need) + " 亩", ", " + Math.round(need) + " mu needed");
    }

    private String near(List<Edge> edges, MatchingIndex.ParkRow p, double radiusKm, String prefix) {
        StringBuilder detail = new StringBuilder();
        for (Edge e : edges) {
            int count = (int) within(index.producers(e.nodeId()), p, radiusKm)[0];
            if (count > 0) {
                if (!detail.isEmpty()) {
                    detail.append(pick("、", ", "));
                }
                // not pick(" 家", ""): pick falls back to the Chinese text when the English one is empty
                detail.append(e.name()).append(' ').append(count).append(org.chainatlas.platform.web.Localized.english() ? "" : " 家");
            }
        }
        return prefix + (detail.isEmpty() ? pick("无", "none") : detail.toString());
    }

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

    /** 1 for the cheapest candidate that entered a figure, 0 for the dearest; 0 when the zone entered none. */
    private static double relativeLow(double[] values, int i, double[] range) {
        if (Double.isNaN(values[i])) {
            return 0;
        }
        return range[1] == range[0] ? 1 : (range[1] - values[i]) / (range[1] - range[0]);
    }

    private static double normalise(double raw, double max) {
        return max <= 0 || raw <= 0 ? 0 : Math.log1p(raw) / Math.log1p(max);
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static double contribution(double value, double weight, double sum) {
        return round(Math.max(0, Math.min(1, round(value))) * weight / sum * 100);
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
