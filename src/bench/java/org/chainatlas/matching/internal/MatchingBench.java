package org.chainatlas.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.chainatlas.bench.BenchApp;
import org.chainatlas.bench.Report;
import org.chainatlas.bench.Stats;
import org.chainatlas.chain.ChainGraph;
import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseCatalog;
import org.chainatlas.enterprise.SegmentRole;
import org.chainatlas.matching.RankedSite;
import org.chainatlas.matching.SiteQuery;
import org.chainatlas.matching.Weights;
import org.chainatlas.region.RegionLevel;
import org.chainatlas.region.RegionView;
import org.chainatlas.region.Regions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The matching engine against two baselines doing the same computation, in the same run on the same data:
 * (a) the data access as SQL on PostgreSQL (radius counts by haversine in the query, grouped per park and
 * segment), then the same scoring; (b) a plain Java scan over every located segment held in arrays, without
 * any index. Reports p50/p99 of site recommendation, gap analysis and supplier matching and the speed-ups.
 */
public final class MatchingBench {

    private MatchingBench() {
    }

    /** Every located segment, as plain arrays: what a scan without an index walks through. */
    static final class Rows {
        int size;
        long[] enterprise = new long[1 << 20];
        long[] node = new long[1 << 20];
        boolean[] producer = new boolean[1 << 20];
        double[] lng = new double[1 << 20];
        double[] lat = new double[1 << 20];
        int[] tags = new int[1 << 20];
        String[] region = new String[1 << 20];

        void add(long e, long n, boolean p, double x, double y, int t, String r) {
            if (size == node.length) {
                int m = size * 2;
                enterprise = java.util.Arrays.copyOf(enterprise, m);
                node = java.util.Arrays.copyOf(node, m);
                producer = java.util.Arrays.copyOf(producer, m);
                lng = java.util.Arrays.copyOf(lng, m);
                lat = java.util.Arrays.copyOf(lat, m);
                tags = java.util.Arrays.copyOf(tags, m);
                region = java.util.Arrays.copyOf(region, m);
            }
            enterprise[size] = e;
            node[size] = n;
            producer[size] = p;
            lng[size] = x;
            lat[size] = y;
            tags[size] = t;
            region[size] = r;
            size++;
        }
    }

    record SiteCase(ChainNodeView node, List<String> provinces) {
    }

    public static void run(int enterprises, int parks, int queries) {
        try (BenchApp app = new BenchApp(BenchApp.Db.POSTGRES, enterprises, parks)) {
            Chains chains = app.bean(Chains.class);
            Regions regions = app.bean(Regions.class);
            MatchingService service = app.bean(MatchingService.class);
            IndexKeeper keeper = app.bean(IndexKeeper.class);
            JdbcTemplate jdbc = app.jdbc();
            MatchingIndex index = keeper.current();
            Rows rows = new Rows();
            app.bean(EnterpriseCatalog.class).scanSegments(s -> rows.add(s.enterpriseId(), s.nodeId(),
                    s.role() == SegmentRole.PRODUCES, s.longitude(), s.latitude(), s.tags(), s.regionCode()));
            Random random = new Random(11);
            List<ChainNodeView> nodes = new ArrayList<>();
            chains.all().forEach(c -> nodes.addAll(chains.nodes(c.code())));
            List<String> hosts = List.of("510000", "500000", "420000", "430000", "410000", "340000", "360000", "610000",
                    "520000", "530000", "450000", "230000", "220000", "210000", "150000", "620000", "140000");
            List<SiteCase> siteCases = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                List<String> provinces = new ArrayList<>();
                if (random.nextBoolean()) {
                    int k = 1 + random.nextInt(3);
                    for (int j = 0; j < k; j++) {
                        provinces.add(hosts.get(random.nextInt(hosts.size())));
                    }
                }
                siteCases.add(new SiteCase(nodes.get(random.nextInt(nodes.size())), List.copyOf(new HashSet<>(provinces))));
            }
            // --- site recommendation
            List<Long> engine = new ArrayList<>();
            for (int i = 0; i < Math.min(30, siteCases.size()); i++) {
                service.sites(query(siteCases.get(i)));
            }
            List<Long> engineAllChina = new ArrayList<>();
            List<Long> engineProvinces = new ArrayList<>();
            for (SiteCase c : siteCases) {
                long t = System.nanoTime();
                service.sites(query(c));
                long took = System.nanoTime() - t;
                engine.add(took);
                (c.provinces().isEmpty() ? engineAllChina : engineProvinces).add(took);
            }
            List<Long> brute = new ArrayList<>();
            List<Long> sql = new ArrayList<>();
            for (int i = 0; i < Math.min(20, siteCases.size()); i++) {
                SiteCase c = siteCases.get(i);
                ChainGraph graph = chains.graph(c.node().chainCode());
                double radius = graph.chain().supplyRadiusKm();
                long t = System.nanoTime();
                bruteSites(index, rows, graph, c, radius);
                brute.add(System.nanoTime() - t);
                if (i < 5) {
                    t = System.nanoTime();
                    sqlSites(index, jdbc, graph, c, radius);
                    sql.add(System.nanoTime() - t);
                }
            }
            // --- gap analysis
            List<RegionView> places = regions.all().stream().filter(r -> r.level() != RegionLevel.PROVINCE).toList();
            List<ChainView> allChains = chains.all();
            List<Long> gapEngine = new ArrayList<>();
            List<Long> gapBrute = new ArrayList<>();
            List<Long> gapSql = new ArrayList<>();
            for (int i = 0; i < Math.min(queries, 100); i++) {
                RegionView region = places.get(random.nextInt(places.size()));
                ChainView chain = allChains.get(random.nextInt(allChains.size()));
                long t = System.nanoTime();
                service.gaps(region.code(), chain.code(), 10);
                gapEngine.add(System.nanoTime() - t);
                if (i < 10) {
                    t = System.nanoTime();
                    bruteGaps(rows, chains.graph(chain.code()), region, regions);
                    gapBrute.add(System.nanoTime() - t);
                }
                if (i < 5) {
                    t = System.nanoTime();
                    sqlGaps(jdbc, chains.graph(chain.code()), region);
                    gapSql.add(System.nanoTime() - t);
                }
            }
            // --- supplier matching
            List<Long> supEngine = new ArrayList<>();
            List<Long> supBrute = new ArrayList<>();
            List<Long> supSql = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                RegionView origin = places.get(random.nextInt(places.size()));
                ChainNodeView node = nodes.get(random.nextInt(nodes.size()));
                double radius = chains.find(node.chainCode()).orElseThrow().supplyRadiusKm();
                long t = System.nanoTime();
                index.read(() -> new PartnerFinder(index).suppliers(node, origin.longitude(), origin.latitude(), radius, -1));
                supEngine.add(System.nanoTime() - t);
                if (i < 20) {
                    t = System.nanoTime();
                    bruteSuppliers(rows, node.id(), origin.longitude(), origin.latitude(), radius);
                    supBrute.add(System.nanoTime() - t);
                }
                if (i < 20) {
                    t = System.nanoTime();
                    sqlSuppliers(jdbc, node.id(), origin.longitude(), origin.latitude(), radius);
                    supSql.add(System.nanoTime() - t);
                }
            }
            Report report = new Report().title("Matching at " + enterprises + " enterprises (" + rows.size
                    + " located segments), " + index.parks().size() + " parks");
            report.line(Stats.header());
            List<Stats[]> groups = List.of(
                    new Stats[] {Stats.of("site recommendation — engine (index)", engine),
                            Stats.of("site recommendation — (a) SQL on PostgreSQL", sql),
                            Stats.of("site recommendation — (b) brute-force Java scan", brute)},
                    new Stats[] {Stats.of("gap analysis — engine (index)", gapEngine),
                            Stats.of("gap analysis — (a) SQL on PostgreSQL", gapSql),
                            Stats.of("gap analysis — (b) brute-force Java scan", gapBrute)},
                    new Stats[] {Stats.of("supplier matching — engine (index)", supEngine),
                            Stats.of("supplier matching — (a) SQL on PostgreSQL", supSql),
                            Stats.of("supplier matching — (b) brute-force Java scan", supBrute)});
            for (Stats[] g : groups) {
                for (Stats s : g) {
                    report.line(s.row());
                }
            }
            report.line("");
            for (Stats[] g : groups) {
                report.line(String.format("%s: SQL ÷ engine p50 %.0f×, p99 %.0f×; brute force ÷ engine p50 %.0f×, p99 %.0f×",
                        g[0].name().replace(" — engine (index)", ""), g[1].p50() / g[0].p50(), g[1].p99() / g[0].p99(),
                        g[2].p50() / g[0].p50(), g[2].p99() / g[0].p99()));
            }
            report.line("");
            report.line(Stats.header());
            report.line(Stats.of("site recommendation — engine, all of China", engineAllChina).row());
            report.line(Stats.of("site recommendation — engine, 1–3 provinces", engineProvinces).row());
            report.line("");
            report.line("Baselines (a) and (b) compute only the radius sums of the supplying and supplied segments for every candidate"
                    + " (the costly part); the engine's time is the whole recommendation with every factor and its words.");
            report.save();
        }
    }

    private static SiteQuery query(SiteCase c) {
        return new SiteQuery(c.node().id(), null, 500_000_000L, 300.0, null, c.provinces(), false, null, Weights.DEFAULT, null, null,
                null, 20);
    }

    /** The supplying and supplied segments of a case's segment, with the node itself. */
    static Set<Long> related(ChainGraph graph, ChainNodeView node) {
        Set<Long> related = new HashSet<>();
        related.add(node.id());
        Map<String, Long> ids = new HashMap<>();
        graph.nodes().forEach(n -> ids.put(n.code(), n.id()));
        graph.edges().forEach(e -> {
            if (e.to().equals(node.code())) {
                related.add(ids.get(e.from()));
            } else if (e.from().equals(node.code())) {
                related.add(ids.get(e.to()));
            }
        });
        return related;
    }

    static List<MatchingIndex.ParkRow> candidates(MatchingIndex index, SiteCase c) {
        Set<String> provinces = new HashSet<>();
        c.provinces().forEach(p -> provinces.add(p.substring(0, 2)));
        return index.parks().stream().filter(p -> provinces.isEmpty() || provinces.contains(p.regionCode().substring(0, 2))).toList();
    }

    /** (b) Counts of producers and buyers of the related segments within the radius of every candidate, scanning all rows. */
    static Map<String, Integer> bruteSites(MatchingIndex index, Rows rows, ChainGraph graph, SiteCase c, double radius) {
        Set<Long> related = related(graph, c.node());
        List<MatchingIndex.ParkRow> parks = candidates(index, c);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < rows.size; i++) {
            if (!related.contains(rows.node[i])) {
                continue;
            }
            for (MatchingIndex.ParkRow p : parks) {
                if (ChinaGrid.km(p.lng(), p.lat(), rows.lng[i], rows.lat[i]) <= radius) {
                    counts.merge(rows.node[i] + ":" + p.id() + ":" + rows.producer[i], 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** (a) The same counts as SQL on PostgreSQL (haversine in the query, grouped per park, segment and role). */
    static Map<String, Integer> sqlSites(MatchingIndex index, JdbcTemplate jdbc, ChainGraph graph, SiteCase c, double radius) {
        Set<Long> related = related(graph, c.node());
        String provinces = c.provinces().isEmpty() ? "" : " and substr(p.region_code, 1, 2) in ("
                + String.join(",", c.provinces().stream().map(x -> "'" + x.substring(0, 2) + "'").toList()) + ")";
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("""
                select p.id, s.node_id, s.role, count(*)
                from park p
                join enterprise_segment s on s.node_id in (%s)
                join enterprise e on e.id = s.enterprise_id and e.deleted_at is null
                left join enterprise_facility f on f.id = s.facility_id
                join region r on r.code = s.region_code
                where p.deleted_at is null %s
                  and 2 * 6371.0088 * asin(sqrt(power(sin(radians(coalesce(f.latitude, r.latitude) - p.latitude) / 2), 2)
                      + cos(radians(p.latitude)) * cos(radians(coalesce(f.latitude, r.latitude)))
                      * power(sin(radians(coalesce(f.longitude, r.longitude) - p.longitude) / 2), 2))) <= ?
                group by p.id, s.node_id, s.role""".formatted(String.join(",", related.stream().map(String::valueOf).toList()),
                provinces), rs -> {
            counts.put(rs.getLong(2) + ":" + rs.getLong(1) + ":" + rs.getString(3), rs.getInt(4));
        }, radius);
        return counts;
    }

    static int bruteGaps(Rows rows, ChainGraph graph, RegionView region, Regions regions) {
        Set<Long> chainNodes = new HashSet<>();
        graph.nodes().forEach(n -> chainNodes.add(n.id()));
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Integer> byNodeRegion = new HashMap<>();
        for (int i = 0; i < rows.size; i++) {
            if (!rows.producer[i]) {
                continue;
            }
            totals.merge(rows.region[i], 1, Integer::sum);
            if (chainNodes.contains(rows.node[i])) {
                byNodeRegion.merge(rows.node[i] + ":" + rows.region[i], 1, Integer::sum);
            }
        }
        int own = totals.getOrDefault(region.code(), 0);
        List<String> comparable = totals.entrySet().stream().filter(e -> !e.getKey().equals(region.code()))
                .sorted(java.util.Comparator.comparingInt(e -> Math.abs(e.getValue() - own))).limit(8).map(Map.Entry::getKey).toList();
        int gaps = 0;
        for (ChainNodeView n : graph.nodes()) {
            int local = byNodeRegion.getOrDefault(n.id() + ":" + region.code(), 0);
            double[] others = comparable.stream().mapToDouble(c -> byNodeRegion.getOrDefault(n.id() + ":" + c, 0)).sorted().toArray();
            double median = others.length == 0 ? 0 : others[others.length / 2];
            if (local == 0 || local < median / 2) {
                gaps++;
                List<double[]> targets = new ArrayList<>();
                for (int i = 0; i < rows.size; i++) {
                    if (rows.producer[i] && rows.node[i] == n.id() && !rows.region[i].equals(region.code())) {
                        double d = ChinaGrid.km(region.longitude(), region.latitude(), rows.lng[i], rows.lat[i]);
                        targets.add(new double[] {rows.enterprise[i], Leadership.value(rows.tags[i]) * 35 + (1 - Math.min(d, 2500) / 2500) * 25});
                    }
                }
                targets.sort((a, b) -> Double.compare(b[1], a[1]));
            }
        }
        return gaps;
    }

    static int sqlGaps(JdbcTemplate jdbc, ChainGraph graph, RegionView region) {
        Map<String, Integer> totals = new HashMap<>();
        jdbc.query("""
                select s.region_code, count(*) from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                where s.role = 'PRODUCES' and e.deleted_at is null group by s.region_code""",
                rs -> {
                    totals.put(rs.getString(1), rs.getInt(2));
                });
        String nodes = String.join(",", graph.nodes().stream().map(n -> String.valueOf(n.id())).toList());
        Map<String, Integer> byNodeRegion = new HashMap<>();
        jdbc.query("""
                select s.node_id, s.region_code, count(*) from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                where s.role = 'PRODUCES' and e.deleted_at is null and s.node_id in (%s) group by s.node_id, s.region_code"""
                .formatted(nodes), rs -> {
                    byNodeRegion.put(rs.getLong(1) + ":" + rs.getString(2), rs.getInt(3));
                });
        int own = totals.getOrDefault(region.code(), 0);
        List<String> comparable = totals.entrySet().stream().filter(e -> !e.getKey().equals(region.code()))
                .sorted(java.util.Comparator.comparingInt(e -> Math.abs(e.getValue() - own))).limit(8).map(Map.Entry::getKey).toList();
        int gaps = 0;
        for (ChainNodeView n : graph.nodes()) {
            int local = byNodeRegion.getOrDefault(n.id() + ":" + region.code(), 0);
            double[] others = comparable.stream().mapToDouble(c -> byNodeRegion.getOrDefault(n.id() + ":" + c, 0)).sorted().toArray();
            double median = others.length == 0 ? 0 : others[others.length / 2];
            if (local == 0 || local < median / 2) {
                gaps++;
                jdbc.queryForList("""
                        select e.id, e.tags, coalesce(f.longitude, r.longitude), coalesce(f.latitude, r.latitude)
                        from enterprise_segment s join enterprise e on e.id = s.enterprise_id
                        left join enterprise_facility f on f.id = s.facility_id join region r on r.code = s.region_code
                        where s.role = 'PRODUCES' and e.deleted_at is null and s.node_id = ? and s.region_code <> ?
                        order by (e.tags & 256) desc, e.id limit 200""", n.id(), region.code());
            }
        }
        return gaps;
    }

    static int bruteSuppliers(Rows rows, long nodeId, double lng, double lat, double radius) {
        List<double[]> found = new ArrayList<>();
        for (int i = 0; i < rows.size; i++) {
            if (rows.producer[i] && rows.node[i] == nodeId) {
                double d = ChinaGrid.km(lng, lat, rows.lng[i], rows.lat[i]);
                if (d <= radius) {
                    found.add(new double[] {rows.enterprise[i], (1 - d / radius) * 50 + Leadership.value(rows.tags[i]) * 30});
                }
            }
        }
        found.sort((a, b) -> Double.compare(b[1], a[1]));
        return found.size();
    }

    static int sqlSuppliers(JdbcTemplate jdbc, long nodeId, double lng, double lat, double radius) {
        return jdbc.queryForList("""
                select e.id, e.tags, d from (
                  select s.enterprise_id, 2 * 6371.0088 * asin(sqrt(power(sin(radians(coalesce(f.latitude, r.latitude) - ?) / 2), 2)
                      + cos(radians(?)) * cos(radians(coalesce(f.latitude, r.latitude)))
                      * power(sin(radians(coalesce(f.longitude, r.longitude) - ?) / 2), 2))) d
                  from enterprise_segment s left join enterprise_facility f on f.id = s.facility_id
                  join region r on r.code = s.region_code
                  where s.node_id = ? and s.role = 'PRODUCES') x
                join enterprise e on e.id = x.enterprise_id and e.deleted_at is null
                where d <= ? order by d limit 30""", lat, lat, lng, nodeId, radius).size();
    }
}
