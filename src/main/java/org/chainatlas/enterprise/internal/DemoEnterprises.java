package org.chainatlas.enterprise.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.chain.SupplyEdgeView;
import org.chainatlas.enterprise.EnterpriseChanged;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.enterprise.NeedKind;
import org.chainatlas.enterprise.RevenueBand;
import org.chainatlas.enterprise.Uscc;
import org.chainatlas.platform.data.BulkInsert;
import org.chainatlas.platform.demo.DemoData;
import org.chainatlas.platform.demo.DemoSize;
import org.chainatlas.platform.demo.Progress;
import org.chainatlas.reference.ClusterView;
import org.chainatlas.reference.ReferenceData;
import org.chainatlas.reference.ZoneView;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo enterprise population: first the real enterprises and plants named in the seed articles, then a
 * deterministic (seeded) synthetic population placed where Chinese industry is — weighted by each
 * province's economic size, by the national zones and clusters in each city, and strongly towards the host
 * and collaborating localities of each chain's governance — with tags, size, facilities (coordinates near
 * their city), the segments they produce in and buy from, and needs: eastern enterprises more often seek a
 * site in the central, western and north-eastern provinces. Written in chunks (COPY on PostgreSQL), so a
 * million enterprises load in minutes with bounded memory. Synthetic enterprises carry valid but invented
 * USCCs and are flagged {@code demo}.
 */
@Component
class DemoEnterprises implements DemoData {

    /** Approximate 2024 GDP by province in trillion CNY (NBS provincial communiqués, rounded). */
    static final Map<String, Double> PROVINCE_WEIGHT = Map.ofEntries(
            Map.entry("44", 14.2), Map.entry("32", 13.7), Map.entry("37", 9.9), Map.entry("33", 9.0),
            Map.entry("51", 6.5), Map.entry("41", 6.4), Map.entry("42", 6.0), Map.entry("35", 5.8),
            Map.entry("31", 5.4), Map.entry("43", 5.3), Map.entry("34", 5.1), Map.entry("11", 5.0),
            Map.entry("13", 4.7), Map.entry("61", 3.5), Map.entry("36", 3.4), Map.entry("50", 3.2),
            Map.entry("21", 3.2), Map.entry("53", 3.1), Map.entry("45", 2.8), Map.entry("14", 2.6),
            Map.entry("15", 2.6), Map.entry("52", 2.3), Map.entry("65", 2.0), Map.entry("12", 1.8),
            Map.entry("23", 1.6), Map.entry("22", 1.4), Map.entry("62", 1.3), Map.entry("46", 0.8),
            Map.entry("64", 0.55), Map.entry("63", 0.4), Map.entry("54", 0.27));

    /** Eastern provinces (the usual origin of transfer). */
    static final Set<String> EAST = Set.of("11", "12", "13", "31", "32", "33", "35", "37", "44", "46");

    /** Central, western and north-eastern provinces: the host side of industrial transfer. */
    static final List<String> HOST_PROVINCES = List.of("140000", "340000", "360000", "410000", "420000", "430000",
            "150000", "450000", "500000", "510000", "520000", "530000", "610000", "620000", "630000", "640000",
            "650000", "210000", "220000", "230000");

    private static final String[] BRAND = ("华 瑞 宏 鑫 恒 正 中 天 昌 泰 达 盛 德 新 信 创 诚 卓 安 力 远 博 凯 科 源 通 联 汇 嘉 锐"
            + " 腾 峰 海 宇 启 航 立 晟 弘 旭 蓝 金 银 汉 唐 明 光 星 辰 智 云 川 岳 瀚 骏 润 泽 祥 禾").split(" ");
    private static final String[] SUFFIX = {"有限公司", "有限公司", "有限公司", "股份有限公司", "科技有限公司", "集团有限公司"};
    private static final List<String> ENTERPRISE_COLUMNS = List.of("id", "name_zh", "uscc", "hq_region_code", "demo",
            "created_at", "tags", "revenue_band", "employees", "description_zh", "segment_text", "chain_codes", "plant_regions", "version");
    private static final List<String> FACILITY_COLUMNS = List.of("id", "enterprise_id", "name_zh", "region_code",
            "longitude", "latitude");
    private static final List<String> SEGMENT_COLUMNS = List.of("id", "enterprise_id", "node_id", "region_code", "role",
            "facility_id");
    private static final List<String> NEED_COLUMNS = List.of("id", "enterprise_id", "kind", "node_id", "investment_cny",
            "land_mu", "energy_mwh", "jobs", "preferred_provinces", "start_by", "volume_cny", "description_zh", "status",
            "created_at");
    private static final int CHUNK = 5_000;

    private final Chains chains;
    private final Regions regions;
    private final ReferenceData reference;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final EnterpriseSearchIndex index;

    DemoEnterprises(Chains chains, Regions regions, ReferenceData reference, JdbcTemplate jdbc, DataSource dataSource,
            TransactionTemplate tx, ApplicationEventPublisher events, EnterpriseSearchIndex index) {
        this.chains = chains;
        this.regions = regions;
        this.reference = reference;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.events = events;
        this.index = index;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "enterprises";
    }

    /** Generated enterprises are for load tests only ({@code bin/generate}); the default demo runs on real ones. */
    @Override
    public boolean inDefaultDemo() {
        return false;
    }

    @Override
    public boolean isEmpty() {
        Long count = jdbc.queryForObject("select count(*) from enterprise", Long.class);
        return count == null || count == 0;
    }

    @Override
    public void clear() {
        String demo = "(select id from enterprise where demo = true)";
        jdbc.update("delete from enterprise_need where enterprise_id in " + demo);
        jdbc.update("delete from enterprise_segment where enterprise_id in " + demo);
        jdbc.update("delete from enterprise_facility where enterprise_id in " + demo);
        jdbc.update("delete from enterprise where demo = true");
    }

    @Override
    public void load(DemoSize size, Progress parent) {
        Model model = new Model();
        if (model.graphs.isEmpty() || model.places.isEmpty()) {
            return;
        }
        Progress progress = parent.sub("enterprises", size.enterprises());
        tx.executeWithoutResult(status -> {
            Ids ids = new Ids();
            try (BulkInsert enterprises = new BulkInsert(dataSource, "enterprise", ENTERPRISE_COLUMNS, CHUNK);
                    BulkInsert facilities = new BulkInsert(dataSource, "enterprise_facility", FACILITY_COLUMNS, CHUNK)
                            .after(enterprises);
                    BulkInsert segments = new BulkInsert(dataSource, "enterprise_segment", SEGMENT_COLUMNS, CHUNK)
                            .after(facilities);
                    BulkInsert needs = new BulkInsert(dataSource, "enterprise_need", NEED_COLUMNS, CHUNK)
                            .after(enterprises)) {
                Writers out = new Writers(enterprises, facilities, segments, needs);
                Random random = new Random(size.seed());
                for (int i = 0; i < size.enterprises(); i++) {
                    writeSynthetic(model, random, i, size.seed(), ids, out);
                    if ((i + 1) % CHUNK == 0) {
                        progress.advance(CHUNK);
                    }
                }
                progress.advance(size.enterprises() % CHUNK);
            }
            for (String table : List.of("enterprise", "enterprise_facility", "enterprise_segment", "enterprise_need")) {
                BulkInsert.restartIdentity(jdbc, table);
            }
        });
        Progress.record("enterprises: rows written", progress.seconds());
        events.publishEvent(EnterpriseChanged.bulkLoaded());
        index.rebuild();
    }

    // ------------------------------------------------------------------ writing

    private record Writers(BulkInsert enterprises, BulkInsert facilities, BulkInsert segments, BulkInsert needs) {
    }

    /** Next ids per table, continuing after what is stored. */
    private final class Ids {
        long enterprise = next("enterprise");
        long facility = next("enterprise_facility");
        long segment = next("enterprise_segment");
        long need = next("enterprise_need");

        private long next(String table) {
            Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
            return (max == null ? 0 : max) + 1;
        }
    }

    private void writeSynthetic(Model model, Random random, int i, long seed, Ids ids, Writers out) {
        ChainGraph graph = model.graphs.get(random.nextInt(model.graphs.size()));
        double[] weights = model.cumulative.get(graph.chain().code());
        RegionView hq = model.places.get(sample(weights, random));
        ChainNodeView primary = graph.nodes().get(random.nextInt(graph.nodes().size()));
        long id = ids.enterprise++;
        int tags = tags(random, primary);
        RevenueBand band = band(random, tags);

        List<Object[]> facilityRows = new ArrayList<>();
        List<Object[]> segmentRows = new ArrayList<>();
        long hqFacility = ids.facility++;
        double[] hqPoint = near(hq, random);
        facilityRows.add(new Object[] {hqFacility, id, null, hq.code(), hqPoint[0], hqPoint[1]});
        long plantFacility = hqFacility;
        RegionView plant = hq;
        if (random.nextDouble() < 0.25) {
            plant = model.places.get(sample(weights, random));
            if (!plant.code().equals(hq.code())) {
                plantFacility = ids.facility++;
                double[] p = near(plant, random);
                facilityRows.add(new Object[] {plantFacility, id, "生产基地", plant.code(), p[0], p[1]});
            } else {
                plant = hq;
            }
        }
        Set<String> text = new LinkedHashSet<>();
        Set<Long> produced = new LinkedHashSet<>();
        produced.add(primary.id());
        List<ChainNodeView> downstream = model.neighbours(graph, primary, true);
        if (!downstream.isEmpty() && random.nextDouble() < 0.3) {
            produced.add(downstream.get(random.nextInt(downstream.size())).id());
        }
        for (long nodeId : produced) {
            segmentRows.add(new Object[] {ids.segment++, id, nodeId, plant.code(), "PRODUCES", plantFacility});
            ChainNodeView node = model.nodeById.get(nodeId);
            text.add(node.nameZh());
            node.keywords().stream().limit(4).forEach(text::add);
        }
        List<ChainNodeView> upstream = model.neighbours(graph, primary, false);
        if (!upstream.isEmpty() && random.nextDouble() < 0.35) {
            ChainNodeView bought = upstream.get(random.nextInt(upstream.size()));
            segmentRows.add(new Object[] {ids.segment++, id, bought.id(), plant.code(), "BUYS", plantFacility});
        }
        String name = DemoNames.shortName(hq) + BRAND[random.nextInt(BRAND.length)] + BRAND[random.nextInt(BRAND.length)]
                + DemoNames.industryWord(primary) + SUFFIX[random.nextInt(SUFFIX.length)];
        String uscc = Uscc.compose(hq.code(), 10_000_000L + i + seed % 1000 * 100_000L).value();
        int employees = employees(random, band);
        out.enterprises().add(id, name, uscc, hq.code(), true, Instant.now(), tags, band.name(), employees, null,
                String.join(" ", text), graph.chain().code(), plant == hq ? hq.code() : hq.code() + ";" + plant.code(), 0);
        facilityRows.forEach(out.facilities()::add);
        segmentRows.forEach(out.segments()::add);
        writeNeeds(model, random, graph, primary, hq, id, ids, out);
    }

    private void writeNeeds(Model model, Random random, ChainGraph graph, ChainNodeView primary, RegionView hq, long id,
            Ids ids, Writers out) {
        boolean east = EAST.contains(hq.code().substring(0, 2));
        Instant now = Instant.now();
        if (random.nextDouble() < (east ? 0.10 : 0.04)) {
            List<ChainNodeView> downstream = model.neighbours(graph, primary, true);
            ChainNodeView node = !downstream.isEmpty() && random.nextDouble() < 0.2
                    ? downstream.get(random.nextInt(downstream.size())) : primary;
            long investment = Math.round(Math.exp(Math.log(3e8) + random.nextGaussian() * 1.1) / 1e6) * 1_000_000L;
            investment = Math.max(20_000_000L, Math.min(investment, 30_000_000_000L));
            double land = Math.round(investment / (2.5e6 + random.nextDouble() * 3e6));
            double energy = Math.round(investment * (0.00002 + random.nextDouble() * 0.00008));
            int jobs = (int) Math.max(20, investment / (600_000 + random.nextInt(1_500_000)));
            String provinces = preferredProvinces(model, random, graph);
            LocalDate startBy = LocalDate.now(org.chainatlas.platform.web.Formats.CHINA).withDayOfMonth(1).plusMonths(3 + random.nextInt(22));
            out.needs().add(ids.need++, id, NeedKind.EXPANSION.name(), node.id(), investment, land, energy, jobs, provinces,
                    startBy, null, null, "OPEN", now);
        }
        if (random.nextDouble() < 0.06) {
            List<ChainNodeView> upstream = model.neighbours(graph, primary, false);
            if (!upstream.isEmpty()) {
                ChainNodeView node = upstream.get(random.nextInt(upstream.size()));
                out.needs().add(ids.need++, id, NeedKind.SUPPLIERS.name(), node.id(), null, null, null, null, null, null,
                        volume(random), null, "OPEN", now);
            }
        }
        if (random.nextDouble() < 0.03) {
            List<ChainNodeView> downstream = model.neighbours(graph, primary, true);
            if (!downstream.isEmpty()) {
                ChainNodeView node = downstream.get(random.nextInt(downstream.size()));
                out.needs().add(ids.need++, id, NeedKind.CUSTOMERS.name(), node.id(), null, null, null, null, null, null,
                        volume(random), null, "OPEN", now);
            }
        }
    }

    private static long volume(Random random) {
        return Math.max(1_000_000L, Math.round(Math.exp(Math.log(2e7) + random.nextGaussian()) / 1e5) * 100_000L);
    }

    /** One to three host provinces, the chain's governed provinces weighted up. */
    private static String preferredProvinces(Model model, Random random, ChainGraph graph) {
        Set<String> governed = new HashSet<>();
        graph.governance().forEach(g -> governed.add(g.provinceCode()));
        int count = 1 + random.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 20 && chosen.size() < count; attempt++) {
            String candidate = HOST_PROVINCES.get(random.nextInt(HOST_PROVINCES.size()));
            if (governed.contains(candidate) || random.nextDouble() < 0.35) {
                chosen.add(candidate);
            }
        }
        return chosen.isEmpty() ? null : String.join(";", chosen);
    }

    private static int tags(Random random, ChainNodeView primary) {
        int tags = 0;
        double r = random.nextDouble();
        if (r < 0.35) {
            tags |= EnterpriseTag.ABOVE_SIZE.bit();
        }
        if (random.nextDouble() < 0.02) {
            tags |= EnterpriseTag.LITTLE_GIANT.bit() | EnterpriseTag.ABOVE_SIZE.bit();
        }
        if (random.nextDouble() < 0.003) {
            tags |= EnterpriseTag.SINGLE_CHAMPION.bit() | EnterpriseTag.ABOVE_SIZE.bit();
        }
        double leaderRate = primary.stage() == org.chainatlas.chain.Stage.UPSTREAM ? 0.002 : 0.006;
        if (random.nextDouble() < leaderRate) {
            tags |= EnterpriseTag.CHAIN_LEADER.bit() | EnterpriseTag.ABOVE_SIZE.bit();
            if (random.nextDouble() < 0.25) {
                tags |= EnterpriseTag.MANUFACTURING_TOP_500.bit();
            }
            if (random.nextDouble() < 0.15) {
                tags |= EnterpriseTag.CHINA_TOP_500.bit();
            }
            if (random.nextDouble() < 0.12) {
                tags |= random.nextBoolean() ? EnterpriseTag.CENTRAL_SOE.bit() : EnterpriseTag.PRIVATE_TOP_500.bit();
            }
            if (random.nextDouble() < 0.06) {
                tags |= EnterpriseTag.FORTUNE_GLOBAL_500.bit();
            }
        }
        if (random.nextDouble() < 0.0005) {
            tags |= EnterpriseTag.UNICORN.bit();
        }
        return tags;
    }

    private static RevenueBand band(Random random, int tags) {
        if (EnterpriseTag.FORTUNE_GLOBAL_500.in(tags) || EnterpriseTag.CHINA_TOP_500.in(tags)) {
            return RevenueBand.ABOVE_10B;
        }
        if (EnterpriseTag.CHAIN_LEADER.in(tags)) {
            return random.nextBoolean() ? RevenueBand.ABOVE_10B : RevenueBand.FROM_1B_TO_10B;
        }
        if (EnterpriseTag.ABOVE_SIZE.in(tags)) {
            double r = random.nextDouble();
            return r < 0.55 ? RevenueBand.FROM_20M_TO_100M : r < 0.9 ? RevenueBand.FROM_100M_TO_1B : RevenueBand.FROM_1B_TO_10B;
        }
        return RevenueBand.BELOW_20M;
    }

    private static int employees(Random random, RevenueBand band) {
        int[] base = {20, 120, 450, 2500, 15000};
        return (int) Math.max(5, base[band.ordinal()] * Math.exp(random.nextGaussian() * 0.5));
    }

    /** A point near the region's reference point: about 12 km off on average, at most 40 km. */
    private static double[] near(RegionView region, Random random) {
        double km = Math.min(40, Math.abs(random.nextGaussian()) * (region.level() == RegionLevel.PROVINCE ? 18 : 12));
        double angle = random.nextDouble() * 2 * Math.PI;
        double dLat = km * Math.sin(angle) / 111.0;
        double dLng = km * Math.cos(angle) / (111.0 * Math.cos(Math.toRadians(region.latitude())));
        return new double[] {Math.round((region.longitude() + dLng) * 1e5) / 1e5,
                Math.round((region.latitude() + dLat) * 1e5) / 1e5};
    }

    private static int sample(double[] cumulative, Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    // ------------------------------------------------------------------ model

    /** Places, per-chain place weights and graph neighbourhoods, built once per load. */
    private final class Model {
        final List<RegionView> places = places();
        final List<ChainGraph> graphs = chains.all().stream().map(ChainView::code).map(chains::graph)
                .filter(g -> !g.nodes().isEmpty()).toList();
        final Map<String, double[]> cumulative = new HashMap<>();
        final Map<Long, ChainNodeView> nodeById = new HashMap<>();
        private final Map<String, List<ChainNodeView>> neighbourCache = new HashMap<>();

        Model() {
            double[] base = baseWeights(places);
            for (ChainGraph graph : graphs) {
                cumulative.put(graph.chain().code(), cumulate(chainWeights(graph, places, base)));
                graph.nodes().forEach(n -> nodeById.put(n.id(), n));
            }
        }

        List<ChainNodeView> neighbours(ChainGraph graph, ChainNodeView node, boolean downstream) {
            return neighbourCache.computeIfAbsent(node.id() + (downstream ? ">" : "<"), key -> {
                Map<String, ChainNodeView> byCode = new HashMap<>();
                graph.nodes().forEach(n -> byCode.put(n.code(), n));
                List<ChainNodeView> result = new ArrayList<>();
                for (SupplyEdgeView edge : graph.edges()) {
                    if (downstream && edge.from().equals(node.code())) {
                        result.add(byCode.get(edge.to()));
                    } else if (!downstream && edge.to().equals(node.code())) {
                        result.add(byCode.get(edge.from()));
                    }
                }
                return List.copyOf(result);
            });
        }
    }

    /** Places an enterprise can be: prefecture-level divisions, county-level units under a province, municipalities. */
    private List<RegionView> places() {
        Set<String> withChildren = new HashSet<>();
        regions.all().forEach(r -> {
            if (r.parentCode() != null) {
                withChildren.add(r.parentCode());
            }
        });
        return regions.all().stream()
                .filter(r -> PROVINCE_WEIGHT.containsKey(r.code().substring(0, 2)))
                .filter(r -> r.level() != RegionLevel.PROVINCE || !withChildren.contains(r.code()))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    private double[] baseWeights(List<RegionView> places) {
        Map<String, Integer> zones = new HashMap<>();
        for (ZoneView zone : reference.zones(null, null)) {
            zones.merge(zone.regionCode(), 1, Integer::sum);
        }
        Map<String, Integer> clusters = new HashMap<>();
        for (ClusterView cluster : reference.clusters(null)) {
            cluster.regionCodes().forEach(code -> clusters.merge(code, 1, Integer::sum));
        }
        double[] raw = new double[places.size()];
        Map<String, Double> provinceTotal = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            RegionView place = places.get(i);
            raw[i] = 1 + 1.5 * zones.getOrDefault(place.code(), 0) + 2.0 * clusters.getOrDefault(place.code(), 0);
            provinceTotal.merge(place.code().substring(0, 2), raw[i], Double::sum);
        }
        double[] weights = new double[places.size()];
        for (int i = 0; i < places.size(); i++) {
            String province = places.get(i).code().substring(0, 2);
            weights[i] = PROVINCE_WEIGHT.get(province) * raw[i] / provinceTotal.get(province);
        }
        return weights;
    }

    private static double[] chainWeights(ChainGraph graph, List<RegionView> places, double[] base) {
        Map<String, Double> boost = new HashMap<>();
        for (GovernanceView g : graph.governance()) {
            g.primaryHostCodes().forEach(code -> boost.merge(code, 10.0, Math::max));
            g.collaboratingCodes().forEach(code -> boost.merge(code, 4.0, Math::max));
        }
        double[] weights = Arrays.copyOf(base, base.length);
        for (int i = 0; i < places.size(); i++) {
            weights[i] *= boost.getOrDefault(places.get(i).code(), 1.0);
        }
        return weights;
    }

    private static double[] cumulate(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
