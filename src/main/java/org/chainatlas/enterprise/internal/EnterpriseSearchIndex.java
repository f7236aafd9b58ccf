package org.chainatlas.enterprise.internal;

import java.util.List;

import org.chainatlas.enterprise.EnterpriseHit;
import org.chainatlas.enterprise.EnterpriseQuery;
import org.chainatlas.enterprise.EnterpriseSearch;
import org.chainatlas.enterprise.EnterpriseTag;
import org.chainatlas.platform.PageView;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

/**
 * The enterprise search index: searched with Chinese analysers, rebuilt by the mass indexer when it does not
 * match the database (rows written by bulk loads or Flyway are not indexed automatically), kept current by
 * Hibernate Search on every change through JPA.
 */
@Component
@Order(50)
class EnterpriseSearchIndex implements EnterpriseSearch, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseSearchIndex.class);

    @PersistenceContext
    private EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final org.chainatlas.chain.Chains chains;

    EnterpriseSearchIndex(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, org.chainatlas.chain.Chains chains) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.chains = chains;
    }

    @Override
    public void run(ApplicationArguments args) {
        long stored = countStored();
        long indexed = countIndexed();
        if (stored != indexed) {
            log.info("Enterprise search index holds {} of {} enterprises: rebuilding", indexed, stored);
            rebuild();
        }
    }

    long countStored() {
        Long count = jdbc.queryForObject("select count(*) from enterprise", Long.class);
        return count == null ? 0 : count;
    }

    long countIndexed() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em).search(Enterprise.class).where(f -> f.matchAll()).fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    /** Rebuilds the whole enterprise index from the database. */
    void rebuild() {
        long started = System.nanoTime();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Search.session(em).massIndexer(Enterprise.class)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(1000)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("enterprise indexing interrupted", e);
        } finally {
            em.close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        org.chainatlas.platform.demo.Progress.record("enterprises: search index", seconds);
        log.info("Enterprise search index rebuilt in {} s", String.format("%.1f", seconds));
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<EnterpriseHit> search(EnterpriseQuery query) {
        SearchSession session = Search.session(entityManager);
        int size = Math.max(1, Math.min(query.size(), 100));
        int page = Math.max(0, query.page());
        String text = query.text() == null ? "" : query.text().strip();
        SearchResult<List<?>> result;
        try {
            result = run(session, query, text, page, size);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw org.chainatlas.platform.InvalidInput.of("q", "the search text is too long or has too many parts; use fewer words");
        }
        List<EnterpriseHit> hits = result.hits().stream().map(row -> {
            Enterprise e = (Enterprise) row.get(0);
            return new EnterpriseHit(e.id(), e.nameZh(), e.hqRegionCode(), EnterpriseTag.of(e.tagMask()), e.getChains(),
                    first(row.get(1)), segmentsOf(e, first(row.get(2))), (Float) row.get(3));
        }).toList();
        long total = result.total().hitCount();
        return new PageView<>(hits, page, size, total, (int) ((total + size - 1) / size));
    }

    private SearchResult<List<?>> run(SearchSession session, EnterpriseQuery query, String text, int page, int size) {
        // The name is highlighted through its bigram field: cheaper than re-running smartcn on every hit (7% less time
        // per query in a same-run A/B at 1M enterprises, docs/BENCHMARKS.md) and it marks the word wherever it occurs.
        return session.search(Enterprise.class)
                .select(f -> f.composite(f.entity(), f.highlight("nameZh_bigram"), f.highlight("segmentText"), f.score()))
                .where((f, root) -> {
                    root.add(f.matchAll().except(f.match().field("deleted").matching(true)));
                    if (!text.isEmpty()) {
                        root.add(f.simpleQueryString()
                                .field("nameZh").boost(3f).field("nameZh_bigram").boost(2f)
                                .field("segmentText").boost(1.5f).field("segmentText_bigram")
                                .field("descriptionZh").field("mainBusinessZh").field("nameEn")
                                .matching(text).defaultOperator(BooleanOperator.AND).flags(org.chainatlas.platform.search.SearchSyntax.FLAGS));
                    }
                    String prefix = org.chainatlas.account.Actor.prefixOf(query.regionCode());
                    if (prefix != null && prefix.length() == 2) {
                        root.add(f.match().field("hqProvince").matching(prefix));
                    } else if (prefix != null) {
                        root.add(f.match().field("hqRegionCode").matching(query.regionCode()));
                    }
                    if (query.chainCode() != null && !query.chainCode().isBlank()) {
                        root.add(f.match().field("chain").matching(query.chainCode()));
                    }
                    if (query.tag() != null) {
                        root.add(f.match().field("tag").matching(query.tag().name()));
                    }
                })
                .highlighter(f -> f.plain().encoder(HighlighterEncoder.HTML).tag("<mark>", "</mark>")
                        .numberOfFragments(1).fragmentSize(80).noMatchSize(0))
                .fetch(org.chainatlas.platform.PageView.searchOffset(page, size), size);
    }

    /**
     * The segments shown in a hit: the highlighted match when the search text matched them, else the names of the
     * segments it works in (HTML-escaped, like the highlighter's output; at most 80 characters).
     */
    String segmentsOf(Enterprise e, String highlight) {
        if (highlight != null && !highlight.isBlank()) {
            return highlight;
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (EnterpriseSegment segment : e.segments()) {
            if (segment.nodeId() != null) {
                chains.node(segment.nodeId()).ifPresent(node -> names.add(node.nameZh()));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        String text = String.join("、", names);
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return org.springframework.web.util.HtmlUtils.htmlEscape(shown, "UTF-8");
    }

    private static String first(Object highlights) {
        return highlights instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.getFirst()) : null;
    }
}
