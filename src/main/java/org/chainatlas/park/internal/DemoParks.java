package org.chainatlas.park.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.chainatlas.park.CooperationMode;
import org.chainatlas.park.OpportunityStatus;
import org.chainatlas.park.ParkChanged;
import org.chainatlas.park.ParkKind;
import org.chainatlas.platform.data.BulkInsert;
import org.chainatlas.platform.demo.DemoData;
import org.chainatlas.platform.demo.DemoSize;
import org.chainatlas.platform.demo.Progress;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generated parks and their key projects, for load tests only ({@code bin/generate}; never part of the default demo):
 * parks with invented names, land, factor costs, leading chains and policies, more of them in the central, western
 * and north-eastern provinces; each publishes a few key projects, some not verified for over 180 days. Every row is
 * flagged demo and shown as generated; the real catalogue zones are never touched.
 */
@Component
class DemoParks implements DemoData {

    /** Province groups: E east, C central, W west, N north-east. */
    private static final Map<String, Character> GROUP = new HashMap<>();

    static {
        for (String p : List.of("11", "12", "13", "31", "32", "33", "35", "37", "44", "46")) {
            GROUP.put(p, 'E');
        }
        for (String p : List.of("14", "34", "36", "41", "42", "43")) {
            GROUP.put(p, 'C');
        }
        for (String p : List.of("15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")) {
            GROUP.put(p, 'W');
        }
        for (String p : List.of("21", "22", "23")) {
            GROUP.put(p, 'N');
        }
    }

    private static final String[] PARK_SUFFIX = {"经济开发区", "高新技术产业园区", "工业园区", "产业园", "临港经济区",
            "新材料产业园", "智能制造产业园"};
    private static final String[] AREA = {"", "", "东部", "西部", "南部", "北部", "临空", "临港", "新区", "城南", "城北"};
    private static final String[] TITLE = {"%s生产基地项目", "%s产业化项目", "%s研发及制造基地项目", "%s扩能项目",
            "%s配套产业园项目", "年产%s项目"};
    private static final List<String> PARK_COLUMNS = List.of("id", "name_zh", "kind", "region_code", "longitude",
            "latitude", "location_precision", "planned_land_mu", "available_land_mu", "land_price_cny_per_mu",
            "electricity_cny_per_kwh", "water_cny_per_t", "gas_cny_per_m3", "wage_cny_per_month", "policies_zh", "demo",
            "last_verified_at", "created_at", "version");
    static final List<String> OPPORTUNITY_COLUMNS = List.of("id", "park_id", "title_zh", "node_id",
            "investment_sought_cny", "land_mu", "cooperation_mode", "description_zh", "segment_text", "status", "demo",
            "last_verified_at", "created_at", "version");

    private final Chains chains;
    private final Regions regions;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final ParkSearchIndex index;

    DemoParks(Chains chains, Regions regions, JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate tx,
            ApplicationEventPublisher events, ParkSearchIndex index) {
        this.chains = chains;
        this.regions = regions;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.events = events;
        this.index = index;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "parks";
    }

    /** Generated parks and their invented land and costs are for load tests only ({@code bin/generate}). */
    @Override
    public boolean inDefaultDemo() {
        return false;
    }

    @Override
    public boolean isEmpty() {
        Long count = jdbc.queryForObject("select count(*) from opportunity", Long.class);
        return count == null || count == 0;
    }

    @Override
    public void clear() {
        jdbc.update("delete from opportunity where park_id in (select id from park where demo = true and dev_zone_name is null)");
        jdbc.update("delete from park_segment where park_id in (select id from park where demo = true and dev_zone_name is null)");
        jdbc.update("delete from park_chain where park_id in (select id from park where demo = true and dev_zone_name is null)");
        jdbc.update("delete from park where demo = true and dev_zone_name is null");
    }

    private record ParkRow(long id, String nameZh, ParkKind kind, RegionView region) {
    }

    @Override
    public void load(DemoSize size, Progress parent) {
        List<ChainGraph> graphs = chains.all().stream().map(ChainView::code).map(chains::graph)
                .filter(g -> !g.nodes().isEmpty()).toList();
        if (graphs.isEmpty()) {
            return;
        }
        Random random = new Random(size.seed() * 31 + 7);
        tx.executeWithoutResult(status -> {
            List<ParkRow> all = new ArrayList<>();
            long nextPark = next("park");
            List<RegionView> places = places();
            double[] cumulative = cumulate(places);
            int extra = Math.max(0, size.parks());
            Progress progress = parent.sub("parks", extra);
            try (BulkInsert parkRows = new BulkInsert(dataSource, "park", PARK_COLUMNS, 2000)) {
                for (int i = 0; i < extra; i++) {
                    RegionView region = places.get(sample(cumulative, random));
                    String name = shortName(region) + AREA[random.nextInt(AREA.length)]
                            + PARK_SUFFIX[random.nextInt(PARK_SUFFIX.length)];
                    ParkKind kind = random.nextDouble() < 0.85 ? ParkKind.PROVINCIAL : ParkKind.OTHER;
                    double[] point = near(region, random);
                    long id = nextPark++;
                    Costs costs = costs(region, random);
                    parkRows.add(id, name, kind.name(), region.code(), point[0], point[1], "EXACT", costs.planned, costs.available,
                            costs.landPrice, costs.electricity, costs.water, costs.gas, costs.wage, policies(region, costs),
                            true, verifiedAt(random), Instant.now(), 0);
                    all.add(new ParkRow(id, name, kind, region));
                }
            }
            long nextOpportunity = next("opportunity");
            List<Object[]> chainRows = new ArrayList<>();
            List<Object[]> segmentRows = new ArrayList<>();
            try (BulkInsert opportunityRows = new BulkInsert(dataSource, "opportunity", OPPORTUNITY_COLUMNS, 2000)) {
                for (ParkRow park : all) {
                    List<ChainGraph> leading = leadingChains(park, graphs, random);
                    Set<Long> nodes = new LinkedHashSet<>();
                    for (ChainGraph graph : leading) {
                        chainRows.add(new Object[] {park.id(), graph.chain().code()});
                        int n = 3 + random.nextInt(5);
                        for (int k = 0; k < n; k++) {
                            nodes.add(graph.nodes().get(random.nextInt(graph.nodes().size())).id());
                        }
                    }
                    nodes.forEach(node -> segmentRows.add(new Object[] {park.id(), node}));
                    List<Long> nodeList = new ArrayList<>(nodes);
                    int opportunities = random.nextDouble() < 0.15 ? 0 : 1 + random.nextInt(4);
                    for (int k = 0; k < opportunities && !nodeList.isEmpty(); k++) {
                        ChainNodeView node = chains.requireNode(nodeList.get(random.nextInt(nodeList.size())));
                        long investment = Math.max(50_000_000L,
                                Math.round(Math.exp(Math.log(1e9) + random.nextGaussian()) / 1e7) * 10_000_000L);
                        String title = shortPark(park.nameZh()) + String.format(TITLE[random.nextInt(TITLE.length)],
                                title(node, random));
                        opportunityRows.add(nextOpportunity++, park.id(), title, node.id(), investment,
                                (double) Math.round(investment / (2.5e6 + random.nextDouble() * 3e6)),
                                mode(random).name(), description(node, investment), segmentText(node),
                                status(random).name(), true, verifiedAt(random), Instant.now(), 0);
                    }
                    progress.advance(1);
                }
            }
            jdbc.batchUpdate("insert into park_chain (park_id, chain_code) values (?, ?)", chainRows);
            jdbc.batchUpdate("insert into park_segment (park_id, node_id) values (?, ?)", segmentRows);
            BulkInsert.restartIdentity(jdbc, "park");
            BulkInsert.restartIdentity(jdbc, "opportunity");
        });
        events.publishEvent(new ParkChanged(0));
        index.rebuild();
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    /** One to three chains: those the park's province governs (its city as host first), else by kind. */
    private static List<ChainGraph> leadingChains(ParkRow park, List<ChainGraph> graphs, Random random) {
        double[] weights = new double[graphs.size()];
        for (int i = 0; i < graphs.size(); i++) {
            double w = 1;
            for (GovernanceView g : graphs.get(i).governance()) {
                if (g.primaryHostCodes().contains(park.region().code())) {
                    w = Math.max(w, 12);
                } else if (g.collaboratingCodes().contains(park.region().code())) {
                    w = Math.max(w, 6);
                } else if (g.provinceCode().substring(0, 2).equals(park.region().code().substring(0, 2))) {
                    w = Math.max(w, 3);
                }
            }
            String code = graphs.get(i).chain().code();
            boolean digital = code.equals("software-info") || code.equals("ai-computing") || code.equals("integrated-circuits");
            if (park.kind() == ParkKind.HTZ && digital) {
                w *= 2;
            }
            weights[i] = w;
        }
        int count = 1 + random.nextInt(3);
        List<ChainGraph> chosen = new ArrayList<>();
        double[] cumulative = new double[weights.length];
        for (int attempt = 0; attempt < 10 && chosen.size() < count; attempt++) {
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
            int index = sample(cumulative, random);
            if (!chosen.contains(graphs.get(index))) {
                chosen.add(graphs.get(index));
            }
        }
        return chosen;
    }

    private record Costs(double planned, double available, int landPrice, double electricity, double water, double gas,
            int wage) {
    }

    /** Illustrative factor costs by region group; provincial capitals and municipalities cost more. */
    private static Costs costs(RegionView region, Random random) {
        char group = GROUP.getOrDefault(region.code().substring(0, 2), 'W');
        boolean capital = region.level() == RegionLevel.PROVINCE || region.code().endsWith("0100");
        double factor = capital ? 1.35 : 1.0;
        double land = switch (group) {
            case 'E' -> 300_000 + random.nextDouble() * 500_000;
            case 'C' -> 150_000 + random.nextDouble() * 200_000;
            case 'N' -> 80_000 + random.nextDouble() * 120_000;
            default -> 80_000 + random.nextDouble() * 170_000;
        } * factor;
        double power = switch (group) {
            case 'E' -> 0.60 + random.nextDouble() * 0.15;
            case 'C' -> 0.55 + random.nextDouble() * 0.10;
            case 'N' -> 0.50 + random.nextDouble() * 0.12;
            default -> 0.36 + random.nextDouble() * 0.18;
        };
        double wage = switch (group) {
            case 'E' -> 6_500 + random.nextDouble() * 3_000;
            case 'C' -> 4_800 + random.nextDouble() * 1_700;
            case 'N' -> 4_300 + random.nextDouble() * 1_500;
            default -> 4_500 + random.nextDouble() * 1_700;
        } * (capital ? 1.2 : 1.0);
        double gas = region.code().startsWith("51") || region.code().startsWith("50") ? 2.3 + random.nextDouble() * 0.8
                : 2.8 + random.nextDouble() * 1.6;
        double planned = Math.round(3_000 + random.nextDouble() * 30_000);
        double available = Math.round(planned * (0.05 + random.nextDouble() * 0.4));
        return new Costs(planned, available, (int) Math.round(land / 1000) * 1000, Math.round(power * 1000) / 1000.0,
                Math.round((2.5 + random.nextDouble() * 3.5) * 100) / 100.0, Math.round(gas * 100) / 100.0,
                (int) Math.round(wage / 10) * 10);
    }

    private static String policies(RegionView region, Costs costs) {
        char group = GROUP.getOrDefault(region.code().substring(0, 2), 'W');
        StringBuilder text = new StringBuilder();
        text.append("土地：工业用地出让价约").append(costs.landPrice / 10_000).append("万元/亩，投资强度与亩均税收达标的项目可按约定给予支持；");
        if (group == 'W') {
            text.append("税收：符合西部大开发鼓励类产业的企业减按15%税率征收企业所得税；");
        } else if (group == 'N') {
            text.append("税收：东北振兴相关政策，重大项目“一事一议”；");
        } else {
            text.append("税收：高新技术企业减按15%税率征收企业所得税；");
        }
        text.append("厂房：标准厂房可租可售，可代建；服务：“区领导+部门负责人+首席服务官”三级协调，项目全程帮办代办。");
        text.append("（演示数据：政策与费用为示意性估算）");
        return text.toString();
    }

    static String title(ChainNodeView node, Random random) {
        return node.keywords().isEmpty() ? node.nameZh() : node.keywords().get(random.nextInt(Math.min(3, node.keywords().size())));
    }

    static String description(ChainNodeView node, long investment) {
        return "拟引进" + node.nameZh() + "环节企业，计划总投资约" + Math.round(investment / 1e8 * 10) / 10.0
                + "亿元，园区可提供土地、标准厂房及配套基础设施。（演示数据）";
    }

    String segmentText(ChainNodeView node) {
        return segmentText(chains, node);
    }

    static String segmentText(Chains chains, ChainNodeView node) {
        List<String> words = new ArrayList<>();
        words.add(node.nameZh());
        words.addAll(node.keywords());
        chains.find(node.chainCode()).ifPresent(c -> words.add(c.nameZh()));
        String text = String.join(" ", words);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    static CooperationMode mode(Random random) {
        double r = random.nextDouble();
        return r < 0.45 ? CooperationMode.SOLE_INVESTMENT : r < 0.65 ? CooperationMode.JOINT_VENTURE
                : r < 0.75 ? CooperationMode.EQUITY_PARTNERSHIP : r < 0.88 ? CooperationMode.LEASE
                : r < 0.96 ? CooperationMode.BUILD_TO_SUIT : CooperationMode.OTHER;
    }

    static OpportunityStatus status(Random random) {
        double r = random.nextDouble();
        return r < 0.8 ? OpportunityStatus.OPEN : r < 0.95 ? OpportunityStatus.NEGOTIATING : OpportunityStatus.SIGNED;
    }

    /** Most entries verified within the last 170 days; about one in six older (stale). */
    static Instant verifiedAt(Random random) {
        int days = random.nextDouble() < 0.83 ? random.nextInt(170) : 181 + random.nextInt(300);
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    private List<RegionView> places() {
        Set<String> withChildren = new java.util.HashSet<>();
        regions.all().forEach(r -> {
            if (r.parentCode() != null) {
                withChildren.add(r.parentCode());
            }
        });
        return regions.all().stream().filter(r -> GROUP.containsKey(r.code().substring(0, 2)))
                .filter(r -> r.level() != RegionLevel.PROVINCE || !withChildren.contains(r.code()))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    /** Host provinces weigh more: they publish most opportunity lists. */
    private static double[] cumulate(List<RegionView> places) {
        double[] cumulative = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            char group = GROUP.get(places.get(i).code().substring(0, 2));
            sum += group == 'E' ? 0.6 : group == 'C' ? 1.3 : group == 'N' ? 1.0 : 1.2;
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int sample(double[] cumulative, Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    private static double[] near(RegionView region, Random random) {
        double km = 5 + Math.min(35, Math.abs(random.nextGaussian()) * 15);
        double angle = random.nextDouble() * 2 * Math.PI;
        double dLat = km * Math.sin(angle) / 111.0;
        double dLng = km * Math.cos(angle) / (111.0 * Math.cos(Math.toRadians(region.latitude())));
        return new double[] {Math.round((region.longitude() + dLng) * 1e5) / 1e5,
                Math.round((region.latitude() + dLat) * 1e5) / 1e5};
    }

    static String shortName(RegionView region) {
        String name = region.nameZh();
        for (String suffix : List.of("土家族苗族自治州", "藏族羌族自治州", "彝族自治州", "自治州", "地区", "盟", "市", "林区")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    static String shortPark(String parkName) {
        for (String suffix : List.of("经济技术开发区", "高新技术产业开发区", "经济开发区", "高新技术产业园区", "工业园区", "产业园")) {
            int at = parkName.indexOf(suffix);
            if (at > 0) {
                return parkName.substring(0, at);
            }
        }
        return parkName.length() > 4 ? parkName.substring(0, 4) : parkName;
    }
}
