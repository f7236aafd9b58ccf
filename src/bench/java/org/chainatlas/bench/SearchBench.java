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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chinese full-text search at national scale: the Lucene index (smartcn + bigrams, relevance, highlights,
 * total count) against the same question asked of PostgreSQL with LIKE over name and segment text (first page
 * and total), once with trigram GIN indexes (pg_trgm, the strongest fair SQL) and once without, on the same generated
 * data, the same queries paired, the same run.
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
            TransactionTemplate tx = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
            // the strongest fair SQL: trigram GIN indexes (pg_trgm) on both searched columns, as a DBA would add them
            long built = System.nanoTime();
            jdbc.execute("create extension if not exists pg_trgm");
            jdbc.execute("create index if not exists bench_enterprise_name_trgm on enterprise using gin (name_zh gin_trgm_ops)");
            jdbc.execute("create index if not exists bench_enterprise_segments_trgm on enterprise using gin (segment_text gin_trgm_ops)");
            jdbc.execute("analyze enterprise");
            double indexSeconds = (System.nanoTime() - built) / 1e9;
            // warm every method alike before measuring
            for (int i = 0; i < 20; i++) {
                Query q = queries.get(i % queries.size());
                engine(search, q);
                sql(jdbc, tx, q, true);
                sql(jdbc, tx, q, false);
            }
            List<Long> engine = new ArrayList<>();
            List<Long> trigram = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            List<Double> trigramRatios = new ArrayList<>();
            List<Double> plainRatios = new ArrayList<>();
            long hits = 0;
            long sqlHits = 0;
            List<String> slowest = new ArrayList<>();
            // the same queries for every method, one after the other per query (paired), so noise hits all of them
            for (Query q : queries) {
                long started = System.nanoTime();
                hits += engine(search, q);
                long e = System.nanoTime() - started;
                started = System.nanoTime();
                sqlHits += sql(jdbc, tx, q, true);
                long t = System.nanoTime() - started;
                started = System.nanoTime();
                sql(jdbc, tx, q, false);
                long p = System.nanoTime() - started;
                engine.add(e);
                slowest.add(String.format("%09.2f ms engine, %.2f ms pg_trgm: %s%s", e / 1e6, t / 1e6, q.text(),
                        q.province() == null ? "" : " in " + q.province()));
                trigram.add(t);
                plain.add(p);
                trigramRatios.add((double) t / e);
                plainRatios.add((double) p / e);
            }
            Stats e = Stats.of("Lucene (smartcn + bigram), page 1 + total + highlights", engine);
            Stats t = Stats.of("PostgreSQL LIKE + pg_trgm GIN, page 1 + total", trigram);
            Stats p = Stats.of("PostgreSQL LIKE, no index (sequential scan)", plain);
            Report report = new Report().title("Search at " + enterprises + " enterprises");
            report.line(String.format("Trigram indexes built (or found) in %.1f s. %d queries, each run by every method in turn after "
                    + "20 warm-up queries per method.", indexSeconds, queries.size()));
            report.line(Stats.header()).line(e.row()).line(t.row()).line(p.row());
            report.line(String.format("%nLIKE + pg_trgm ÷ engine: median of per-query ratios %.1f×, p50 %.1f×, p99 %.1f×.",
                    median(trigramRatios), t.p50() / e.p50(), t.p99() / e.p99()));
            report.line(String.format("LIKE without index ÷ engine: median of per-query ratios %.1f×, p50 %.1f×, p99 %.1f×.",
                    median(plainRatios), p.p50() / e.p50(), p.p99() / e.p99()));
            report.line(String.format("Mean hits per query: engine %.0f, LIKE %.0f (LIKE finds only the exact substring; the engine "
                    + "also matches word parts and ranks).", (double) hits / engine.size(), (double) sqlHits / trigram.size()));
            slowest.sort(java.util.Comparator.reverseOrder());
            report.line("").line("Slowest engine queries: " + String.join("; ", slowest.subList(0, Math.min(5, slowest.size()))));
            report.save();
        }
    }

    private static long engine(EnterpriseSearch search, Query q) {
        return search.search(new EnterpriseQuery(q.text(), q.province(), null, null, 0, 20)).totalElements();
    }

    /** Page 1 and the total by LIKE over name and segment text; {@code indexed} false keeps the planner off the indexes. */
    private static long sql(JdbcTemplate jdbc, TransactionTemplate tx, Query q, boolean indexed) {
        String like = "%" + q.text() + "%";
        String where = "deleted_at is null and (name_zh like ? or segment_text like ?)"
                + (q.province() == null ? "" : " and hq_region_code like '" + q.province().substring(0, 2) + "%'");
        Long total = tx.execute(status -> {
            if (!indexed) {
                jdbc.execute("set local enable_bitmapscan = off");
                jdbc.execute("set local enable_indexscan = off");
            }
            jdbc.queryForList("select id, name_zh from enterprise where " + where + " order by id limit 20", like, like);
            return jdbc.queryForObject("select count(*) from enterprise where " + where, Long.class, like, like);
        });
        return total == null ? 0 : total;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
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
