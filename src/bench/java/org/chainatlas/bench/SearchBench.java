package org.chainatlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chainatlas.chain.ChainNodeView;
import org.chainatlas.chain.ChainView;
import org.chainatlas.chain.Chains;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.enterprise.EnterpriseSearch;
import org.chainatlas.region.Regions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chinese full-text search at national scale: the Lucene index (smartcn + bigrams, relevance, highlights,
 * total count) against the same question asked of PostgreSQL with LIKE over name and segment text (first page
 * and total), on the same generated data, same queries, same run.
 */
final class SearchBench {

    private SearchBench() {
    }

    record Query(String text, String province) {
    }

    static void run(int enterprises, int parks, int count) {
        try (BenchApp app = new BenchApp(BenchApp.Db.POSTGRES, enterprises, parks)) {
            List<Query> queries = queries(app.bean(Chains.class), app.bean(Regions.class), count);
            EnterpriseSearch search = app.bean(EnterpriseSearch.class);
            JdbcTemplate jdbc = app.jdbc();
            for (int i = 0; i < 20; i++) {
                Query q = queries.get(i % queries.size());
                search.search(new EnterpriseQuery(q.text(), q.province(), null, null, 0, 20));
            }
            List<Long> engine = new ArrayList<>();
            long hits = 0;
            for (Query q : queries) {
                long started = System.nanoTime();
                hits += search.search(new EnterpriseQuery(q.text(), q.province(), null, null, 0, 20)).totalElements();
                engine.add(System.nanoTime() - started);
            }
            List<Long> sql = new ArrayList<>();
            long sqlHits = 0;
            for (Query q : queries.subList(0, Math.min(queries.size(), 50))) {
                long started = System.nanoTime();
                String like = "%" + q.text() + "%";
                String where = "deleted_at is null and (name_zh like ? or segment_text like ?)"
                        + (q.province() == null ? "" : " and hq_region_code like '" + q.province().substring(0, 2) + "%'");
                jdbc.queryForList("select id, name_zh from enterprise where " + where + " order by id limit 20", like, like);
                sqlHits += jdbc.queryForObject("select count(*) from enterprise where " + where, Long.class, like, like);
                sql.add(System.nanoTime() - started);
            }
            Stats e = Stats.of("Lucene (smartcn + bigram), page 1 + total + highlights", engine);
            Stats s = Stats.of("PostgreSQL LIKE (baseline), page 1 + total", sql);
            Report report = new Report().title("Search at " + enterprises + " enterprises");
            report.line(Stats.header()).line(e.row()).line(s.row());
            report.line(String.format("%nRatio p50 %.1f×, p99 %.1f× (baseline ÷ engine). Mean hits per query: engine %.0f, LIKE %.0f "
                    + "(LIKE finds only the exact substring; the engine also matches word parts and ranks).",
                    s.p50() / e.p50(), s.p99() / e.p99(), (double) hits / engine.size(), (double) sqlHits / sql.size()));
            report.save();
        }
    }

    /** Keywords of random segments (e.g. 电池, 正极材料, 无人机), half of them filtered to a province. */
    static List<Query> queries(Chains chains, Regions regions, int count) {
        Random random = new Random(7);
        List<ChainNodeView> nodes = new ArrayList<>();
        for (ChainView chain : chains.all()) {
            nodes.addAll(chains.nodes(chain.code()));
        }
        List<String> provinces = regions.provinces().stream().map(r -> r.code()).toList();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ChainNodeView node = nodes.get(random.nextInt(nodes.size()));
            String text = node.keywords().isEmpty() ? node.nameZh() : node.keywords().get(random.nextInt(node.keywords().size()));
            if (random.nextInt(4) == 0) {
                text = List.of("电池", "芯片", "光伏", "无人机", "材料", "设备").get(random.nextInt(6));
            }
            queries.add(new Query(text, random.nextBoolean() ? provinces.get(random.nextInt(31)) : null));
        }
        return queries;
    }
}
