package org.chainatlas.enterprise.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.chain.GovernanceView;
import org.chainatlas.chain.SupplyEdgeView;
import org.chainatlas.enterprise.Uscc;
import org.chainatlas.reference.ClusterView;
import org.chainatlas.reference.ReferenceData;
import org.chainatlas.reference.ZoneView;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with demo enterprises: the real enterprises and plants named in the seed
 * articles, then a deterministic (seeded) synthetic population placed where Chinese industry is — weighted
 * by each province's economic size, by the national zones and clusters in each city, and strongly towards
 * the host and collaborating localities of each chain's governance. Synthetic enterprises carry valid
 * but invented USCCs and are flagged {@code demo}.
 */
@Component
@Order(40)
class DemoEnterpriseGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEnterpriseGenerator.class);

    /**
     * Approximate 2024 GDP by province in trillion CNY (NBS provincial communiqués, rounded): the relative
     * economic weight of each province. Taiwan, Hong Kong and Macao are left out of the demo population.
     */
    static final Map<String, Double> PROVINCE_WEIGHT = Map.ofEntries(
            Map.entry("44", 14.2), Map.entry("32", 13.7), Map.entry("37", 9.9), Map.entry("33", 9.0),
            Map.entry("51", 6.5), Map.entry("41", 6.4), Map.entry("42", 6.0), Map.entry("35", 5.8),
            Map.entry("31", 5.4), Map.entry("43", 5.3), Map.entry("34", 5.1), Map.entry("11", 5.0),
            Map.entry("13", 4.7), Map.entry("61", 3.5), Map.entry("36", 3.4), Map.entry("50", 3.2),
            Map.entry("21", 3.2), Map.entry("53", 3.1), Map.entry("45", 2.8), Map.entry("14", 2.6),
            Map.entry("15", 2.6), Map.entry("52", 2.3), Map.entry("65", 2.0), Map.entry("12", 1.8),
            Map.entry("23", 1.6), Map.entry("22", 1.4), Map.entry("62", 1.3), Map.entry("46", 0.8),
            Map.entry("64", 0.55), Map.entry("63", 0.4), Map.entry("54", 0.27));

    private static final String[] BRAND = ("华 瑞 宏 鑫 恒 正 中 天 昌 泰 达 盛 德 新 信 创 诚 卓 安 力 远 博 凯 科 源 通 联 汇 嘉 锐 腾 峰 海 宇 启 航 立 晟 弘 旭")
            .split(" ");
    private static final String[] SUFFIX = {"有限公司", "有限公司", "有限公司", "股份有限公司", "科技有限公司"};

    private final Chains chains;
    private final Regions regions;
    private final ReferenceData reference;
    private final Enterprises enterprises;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final boolean enabled;
    private final int count;
    private final long seed;

    DemoEnterpriseGenerator(Chains chains, Regions regions, ReferenceData reference, Enterprises enterprises,
            JdbcTemplate jdbc, TransactionTemplate tx,
            @Value("${chainatlas.demo.enabled:true}") boolean enabled,
            @Value("${chainatlas.demo.enterprises:6000}") int count,
            @Value("${chainatlas.demo.seed:20250509}") long seed) {
        this.chains = chains;
        this.regions = regions;
        this.reference = reference;
        this.enterprises = enterprises;
        this.jdbc = jdbc;
        this.tx = tx;
        this.enabled = enabled;
        this.count = count;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || enterprises.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        List<Planned> planned = new ArrayList<>(SeedEnterprises.load(chains, regions));
        planned.addAll(plan(count, seed));
        tx.executeWithoutResult(status -> store(planned));
        log.info("Demo data: {} enterprises ({} from the seed articles) in {} ms", planned.size(),
                planned.size() - count, (System.nanoTime() - started) / 1_000_000);
    }

    /** One enterprise to insert with the segments it operates in. */
    record Planned(String nameZh, String uscc, String hqRegionCode, boolean demo, List<PlannedSegment> segments) {
    }

    record PlannedSegment(long nodeId, String regionCode, String role) {
    }

    List<Planned> plan(int howMany, long seedValue) {
        Random random = new Random(seedValue);
        List<RegionView> places = places();
        double[] base = baseWeights(places);
        List<ChainGraph> graphs = chains.all().stream().map(ChainView::code).map(chains::graph)
                .filter(g -> !g.nodes().isEmpty()).toList();
        if (graphs.isEmpty() || places.isEmpty()) {
            return List.of();
        }
        Map<String, double[]> cumulative = new HashMap<>();
        for (ChainGraph graph : graphs) {
            cumulative.put(graph.chain().code(), cumulate(chainWeights(graph, places, base)));
        }
        List<Planned> result = new ArrayList<>(howMany);
        for (int i = 0; i < howMany; i++) {
            ChainGraph graph = graphs.get(random.nextInt(graphs.size()));
            double[] weights = cumulative.get(graph.chain().code());
            RegionView hq = places.get(sample(weights, random));
            ChainNodeView primary = graph.nodes().get(random.nextInt(graph.nodes().size()));
            String facility = random.nextDouble() < 0.75 ? hq.code() : places.get(sample(weights, random)).code();
            Set<PlannedSegment> segments = new LinkedHashSet<>();
            segments.add(new PlannedSegment(primary.id(), facility, "PRODUCES"));
            List<ChainNodeView> neighbours = neighbours(graph, primary, true);
            if (!neighbours.isEmpty() && random.nextDouble() < 0.35) {
                segments.add(new PlannedSegment(neighbours.get(random.nextInt(neighbours.size())).id(), facility, "PRODUCES"));
            }
            List<ChainNodeView> suppliers = neighbours(graph, primary, false);
            if (!suppliers.isEmpty() && random.nextDouble() < 0.3) {
                segments.add(new PlannedSegment(suppliers.get(random.nextInt(suppliers.size())).id(), facility, "BUYS"));
            }
            String name = shortName(hq) + BRAND[random.nextInt(BRAND.length)] + BRAND[random.nextInt(BRAND.length)]
                    + industryWord(primary) + SUFFIX[random.nextInt(SUFFIX.length)];
            String uscc = Uscc.compose(hq.code(), 10_000_000L + i + seedValue % 1000 * 100_000L).value();
            result.add(new Planned(name, uscc, hq.code(), true, List.copyOf(segments)));
        }
        return result;
    }

    private void store(List<Planned> planned) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into enterprise (name_zh, uscc, hq_region_code, demo, created_at) values (?, ?, ?, ?, ?)",
                planned, 1000, (ps, p) -> {
                    ps.setString(1, p.nameZh());
                    ps.setString(2, p.uscc());
                    ps.setString(3, p.hqRegionCode());
                    ps.setBoolean(4, p.demo());
                    ps.setTimestamp(5, now);
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, uscc from enterprise", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        List<Object[]> rows = new ArrayList<>();
        for (Planned p : planned) {
            for (PlannedSegment s : p.segments()) {
                rows.add(new Object[] {ids.get(p.uscc()), s.nodeId(), s.regionCode(), s.role()});
            }
        }
        jdbc.batchUpdate("insert into enterprise_segment (enterprise_id, node_id, region_code, role) values (?, ?, ?, ?)", rows);
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

    private static int sample(double[] cumulative, Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    private static List<ChainNodeView> neighbours(ChainGraph graph, ChainNodeView node, boolean downstream) {
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
        return result;
    }

    static String shortName(RegionView region) {
        String name = region.nameZh();
        for (String suffix : List.of("土家族苗族自治州", "藏族羌族自治州", "彝族自治州", "自治州", "地区", "盟", "市", "林区")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return name.length() > 3 ? name.substring(0, 2) : name;
    }

    private static String industryWord(ChainNodeView node) {
        String word = node.keywords().isEmpty() ? node.nameZh() : node.keywords().getFirst();
        return word.length() > 6 ? word.substring(0, 6) : word;
    }
}
